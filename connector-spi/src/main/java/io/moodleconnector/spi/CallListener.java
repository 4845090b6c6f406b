package io.moodleconnector.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Hears what a call (an {@code invoke}, or a {@code check} with method id {@link #CHECK_METHOD_ID}) does, in the style of OkHttp's {@code EventListener}: every method has a no-op default, so a
 * host overrides only what it wants (metrics, tracing, logs). Events carry method ids, Moodle function names,
 * counts, statuses and durations; never an input, a reply body or the token.
 *
 * <p>A host passes one per call ({@link CallOptions.Builder#listener}) or one per connector
 * ({@link Connector#setCallListener}); a call's events go to both. Events are delivered on the calling thread, in
 * order; a listener must be thread-safe when calls run concurrently, and should return quickly. An exception a
 * listener throws is logged and ignored: it never changes the call's outcome.
 *
 * <p>Order of one call: {@link #callStart}, then per request zero or more {@link #budgetWait}, one
 * {@link #requestEnd} per attempt, a {@link #retry} before each further attempt, a {@link #chunkEnd} per request of
 * a batch method, and finally {@link #callEnd}, whether the call succeeded or failed.
 */
public interface CallListener {
    /** Hears nothing. */
    CallListener NONE = new CallListener() { };

    /**
     * The method id of a {@linkplain Connector#check(Connection, CheckOptions, CallOptions) connection check}'s
     * events: a check is one call, its requests those of the site info and the capability probes.
     *
     * @since 0.2.1
     */
    String CHECK_METHOD_ID = "check";

    /** The call started: its input is about to be validated. */
    default void callStart(String methodId) {
    }

    /** The call ended, successfully or not. */
    default void callEnd(CallEnd event) {
    }

    /** One HTTP attempt ended, with a reply (its status) or without one (status 0). */
    default void requestEnd(RequestEnd event) {
    }

    /** A read method's request is about to be tried again after a pause. */
    default void retry(Retry event) {
    }

    /** A request waited for the site's budget (requests per second, or requests in flight) before it could go. */
    default void budgetWait(BudgetWait event) {
    }

    /** One request of a batch method (a chunk of its items) ended. */
    default void chunkEnd(ChunkEnd event) {
    }

    /**
     * The end of a call.
     *
     * @param methodId   the method
     * @param duration   from {@code invoke} to its return or throw
     * @param requests   HTTP attempts sent
     * @param budgetWait total time spent waiting for the site's budget (part of {@code duration})
     * @param failure    the error the call ends with, or null when it succeeded
     */
    record CallEnd(String methodId, Duration duration, int requests, Duration budgetWait, ConnectorException failure) {
        public CallEnd {
            Objects.requireNonNull(methodId, "methodId");
            Objects.requireNonNull(duration, "duration");
            Objects.requireNonNull(budgetWait, "budgetWait");
        }

        /** {@code ok}, or the failure's stable {@linkplain ConnectorException#code() code}: a metrics tag. */
        public String outcome() {
            return failure == null ? "ok" : failure.code();
        }
    }

    /**
     * One HTTP attempt.
     *
     * @param methodId   the method
     * @param function   the Moodle function called
     * @param attempt    1 for the first attempt, 2 for the first retry, ...
     * @param bytesSent  the size of the request body
     * @param httpStatus the reply's status, or 0 when no reply came (a network failure, a timeout, a cancel)
     * @param duration   from sending to the end of the reply (or the failure)
     */
    record RequestEnd(String methodId, String function, int attempt, long bytesSent, int httpStatus,
                      Duration duration) {
    }

    /**
     * A retry about to happen.
     *
     * @param methodId    the method
     * @param function    the Moodle function called
     * @param nextAttempt the attempt that follows the pause (2, 3, ...)
     * @param pause       how long the connector waits first (backoff, or the site's {@code Retry-After})
     * @param reason      why, e.g. {@code HTTP 503} or the transport error's message (never the token)
     */
    record Retry(String methodId, String function, int nextAttempt, Duration pause, String reason) {
    }

    /**
     * A wait for the site's budget.
     *
     * @param methodId the method
     * @param function the Moodle function about to be called
     * @param limit    which limit held it: {@code siteBudget}, the site's {@link SiteBudget} (requests per second
     *                 and in flight together)
     * @param waited   how long it waited
     */
    record BudgetWait(String methodId, String function, String limit, Duration waited) {
    }

    /**
     * One request of a batch.
     *
     * @param methodId  the method
     * @param chunk     its index, from 0
     * @param chunks    how many requests the batch was split into
     * @param firstItem the index of its first item in the caller's batch array
     * @param items     how many items it carried
     * @param failure   the error it failed with, or null when Moodle accepted it
     */
    record ChunkEnd(String methodId, int chunk, int chunks, int firstItem, int items, ConnectorException failure) {
        /** {@code ok}, or the failure's code. */
        public String outcome() {
            return failure == null ? "ok" : failure.code();
        }
    }
}
