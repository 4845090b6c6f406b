package io.moodleconnector.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The call's {@linkplain CallOptions#deadline() deadline} passed, or would have passed before the next step could
 * end (a retry's pause, a wait for the site's budget). {@link #outcome()} is {@link Outcome#NOT_APPLIED} when
 * nothing had been sent (or the call was a read: then it is retriable), {@link Outcome#UNKNOWN} for a write that
 * had been sent. {@link #budgetWait()} says how much of the deadline went to waiting for the site's budget. The
 * {@linkplain #getCause() cause} is the last attempt's error, if there was one. Code {@code deadline_exceeded}.
 */
public class DeadlineExceededException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final Duration deadline;
    private final Duration budgetWait;

    public DeadlineExceededException(String message, Duration deadline, Duration budgetWait, Outcome outcome,
                                     Throwable cause) {
        super("deadline_exceeded", message, cause, outcome == Outcome.NOT_APPLIED, outcome);
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.budgetWait = Objects.requireNonNull(budgetWait, "budgetWait");
    }

    /** The call's deadline. */
    public Duration deadline() {
        return deadline;
    }

    /** How long the call waited for the site's budget (requests per second or in flight) before it ended. */
    public Duration budgetWait() {
        return budgetWait;
    }
}
