package io.moodleconnector.spi;

/**
 * The call was cancelled: its thread was interrupted, or its {@link Cancellation} handle was cancelled. The HTTP
 * exchange in progress was aborted. {@link #outcome()} is {@link Outcome#NOT_APPLIED} when nothing had been sent
 * (or the call was a read), {@link Outcome#UNKNOWN} for a write that had been sent. Code {@code cancelled}.
 */
public class CancelledException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    /** @param outcome what the cancelled call may have done; retriable exactly when nothing was applied */
    public CancelledException(String message, Outcome outcome, Throwable cause) {
        super("cancelled", message, cause, outcome == Outcome.NOT_APPLIED, outcome);
    }
}
