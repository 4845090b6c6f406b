package io.moodleconnector.moodle.call;

import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Cancellation;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * One call's deadline, cancellation and events, from {@code invoke} to its return. Every wait of the call (for the
 * site's budget, before a retry) goes through {@link #await}, which ends as soon as the call is cancelled (the
 * host's handle or the thread's interrupt) and refuses to start a wait the deadline would cut short; the transport
 * aborts an HTTP exchange through {@link #onCancel} and asks {@link #abortedBy} what an I/O failure meant.
 *
 * <p>Used by the calling thread only, except {@link #deadlinePassed()} and the cancel callbacks, which any thread
 * may call. {@link #close()} unregisters from the host's handle.
 */
public final class CallScope implements AutoCloseable {
    /** Slack for timers that fire a hair early against {@link System#nanoTime()}. */
    private static final long CLOCK_SLACK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final String methodId;
    private final Events events;
    private final long startNanos = System.nanoTime();
    private final Duration deadline;
    private final long deadlineNanos;
    private final Cancellation cancellation;
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Cancellation.Registration registration;
    private int requests;
    private long budgetWaitNanos;

    private CallScope(String methodId, CallOptions options, CallListener connectorListener) {
        this.methodId = methodId;
        this.events = new Events(List.of(options.listener(), connectorListener));
        this.deadline = options.deadline().orElse(null);
        this.deadlineNanos = deadline == null ? Long.MAX_VALUE : startNanos + saturated(deadline);
        this.cancellation = options.cancellation().orElse(null);
        this.registration = cancellation == null ? () -> { } : cancellation.onCancel(cancelled::countDown);
    }

    /** The scope of a call that starts now; tells the listeners so. */
    public static CallScope open(String methodId, CallOptions options, CallListener connectorListener) {
        CallScope scope = new CallScope(methodId, options, connectorListener == null ? CallListener.NONE
                : connectorListener);
        scope.events.callStart(methodId);
        return scope;
    }

    /** A scope with no deadline, no handle and no listener (the thread's interrupt still cancels). */
    public static CallScope detached(String methodId) {
        return new CallScope(methodId, CallOptions.DEFAULTS, CallListener.NONE);
    }

    private static long saturated(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE / 2;
        }
    }

    public String methodId() {
        return methodId;
    }

    /** Whether the host cancelled the call or interrupted its thread (call on the calling thread). */
    public boolean isCancelled() {
        return (cancellation != null && cancellation.isCancelled()) || Thread.currentThread().isInterrupted();
    }

    /** Whether the deadline has passed; false without one. Any thread. */
    public boolean deadlinePassed() {
        return deadline != null && System.nanoTime() - deadlineNanos >= -CLOCK_SLACK_NANOS;
    }

    /** Nanoseconds left before the deadline, 0 once passed; {@link Long#MAX_VALUE} without one. */
    public long remainingNanos() {
        return deadline == null ? Long.MAX_VALUE : Math.max(0, deadlineNanos - System.nanoTime());
    }

    /**
     * Throws if the call must stop before sending anything more: cancelled, or past its deadline.
     *
     * @throws CancelledException        (outcome not applied)
     * @throws DeadlineExceededException (outcome not applied)
     */
    public void checkpoint() {
        ConnectorException stop = abortedBy(null, Outcome.NOT_APPLIED);
        if (stop != null) {
            throw stop;
        }
    }

    /**
     * What an I/O failure (or a wait that ended early) means for this call: the cancellation or deadline error that
     * caused it, or null when it was neither.
     *
     * @param outcome {@link Outcome#UNKNOWN} when a write's request had been sent, else not applied
     */
    public ConnectorException abortedBy(Throwable failure, Outcome outcome) {
        if (isCancelled()) {
            return new CancelledException("the call to " + methodId + " was cancelled"
                    + (Thread.currentThread().isInterrupted() ? " (its thread was interrupted)" : "")
                    + unknownNote(outcome), outcome, failure);
        }
        if (deadlinePassed()) {
            return deadlineExceeded("passed", outcome, failure);
        }
        return null;
    }

    /** The error of a request the site's budget kept waiting up to the deadline; nothing was sent. */
    public DeadlineExceededException budgetOutlastedDeadline() {
        return deadlineExceeded("the site's budget kept a request waiting to the deadline", Outcome.NOT_APPLIED, null);
    }

    private DeadlineExceededException deadlineExceeded(String how, Outcome outcome, Throwable cause) {
        Duration budget = Duration.ofNanos(budgetWaitNanos);
        return new DeadlineExceededException("the call to " + methodId + " ran out of its deadline of "
                + deadline.toMillis() + " ms (" + how + "; " + budget.toMillis() + " ms of it spent waiting for the"
                + " site's budget, the connection's requestsPerSecond and maxInFlight)" + unknownNote(outcome),
                deadline, budget, outcome, cause);
    }

    private static String unknownNote(Outcome outcome) {
        return outcome == Outcome.UNKNOWN ? ", after its request was sent: Moodle may or may not have applied it;"
                + " look the object up before trying again" : "";
    }

    /** Runs {@code action} when the host cancels through its handle (at once if it already did). */
    public Cancellation.Registration onCancel(Runnable action) {
        return cancellation == null ? () -> { } : cancellation.onCancel(action);
    }

    /**
     * Waits {@code nanos} before going on, ending early if the call is cancelled. Nothing of the next request has
     * been sent during a wait, so its errors are not applied.
     *
     * @param why       what the wait is for, e.g. {@code before retry 2}, for the deadline's message
     * @param lastError the error that led to the wait, kept as the cause if the deadline stops it, or null
     * @throws DeadlineExceededException at once when the wait would end after the deadline
     * @throws CancelledException        as soon as the call is cancelled
     */
    public void await(long nanos, String why, Throwable lastError) {
        checkpoint();
        if (nanos <= 0) {
            return;
        }
        if (nanos > remainingNanos()) {
            throw deadlineExceeded("it would have waited " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms " + why,
                    Outcome.NOT_APPLIED, lastError);
        }
        try {
            if (cancelled.await(nanos, TimeUnit.NANOSECONDS)) {
                checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the host's signal stays visible to it
            throw abortedBy(e, Outcome.NOT_APPLIED);
        }
    }

    /** Waits for the site's budget, as {@link #await}, and reports the wait. */
    public void awaitBudget(String function, String limit, long nanos) {
        long start = System.nanoTime();
        try {
            await(nanos, "for the site's " + limit + " budget", null);
        } finally {
            budgetWaited(function, limit, System.nanoTime() - start);
        }
    }

    /** Reports a wait for the site's budget that the transport made itself. */
    public void budgetWaited(String function, String limit, long nanos) {
        if (nanos > 0) {
            budgetWaitNanos += nanos;
            events.budgetWait(new CallListener.BudgetWait(methodId, function, limit, Duration.ofNanos(nanos)));
        }
    }

    /** Reports one HTTP attempt that started at {@code sentAtNanos}; status 0 when no reply came. */
    public void requestEnd(String function, int attempt, long bytesSent, int httpStatus, long sentAtNanos) {
        requests++;
        events.requestEnd(new CallListener.RequestEnd(methodId, function, attempt, bytesSent, httpStatus,
                Duration.ofNanos(System.nanoTime() - sentAtNanos)));
    }

    /** Reports a retry about to wait {@code pause}. */
    public void retry(String function, int nextAttempt, Duration pause, String reason) {
        events.retry(new CallListener.Retry(methodId, function, nextAttempt, pause, reason));
    }

    /** Reports the end of one request of a batch; {@code failure} null when Moodle accepted it. */
    public void chunkEnd(int chunk, int chunks, int firstItem, int items, ConnectorException failure) {
        events.chunkEnd(new CallListener.ChunkEnd(methodId, chunk, chunks, firstItem, items, failure));
    }

    /** Reports the call's success and hands its result (a method's, or a check's report) back. */
    public <T> T succeeded(T result) {
        events.callEnd(new CallListener.CallEnd(methodId, elapsed(), requests, Duration.ofNanos(budgetWaitNanos),
                null));
        return result;
    }

    /** Reports the call's failure and hands the error back, for the caller to throw. */
    public RuntimeException failed(RuntimeException failure) {
        ConnectorException reported = failure instanceof ConnectorException ce ? ce
                : new ConnectorException("internal", failure.getClass().getName());
        events.callEnd(new CallListener.CallEnd(methodId, elapsed(), requests, Duration.ofNanos(budgetWaitNanos),
                reported));
        return failure;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        registration.close();
    }
}
