package io.moodleconnector.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How one {@link Connector#invoke(String, java.util.Map, Connection, CallOptions) call} may run: its deadline, a
 * {@link Cancellation} handle and a {@link CallListener} for its events. Unlike {@link ConnectionOptions}, these
 * never change which HTTP client or site budget a call uses.
 *
 * <p><b>Deadline.</b> The call ends within the deadline, counted from the moment {@code invoke} is called, with a
 * {@link DeadlineExceededException}: the time spent waiting for the site's budget (requests in flight and per
 * second) counts, and a read method's retries never run past it. Without a deadline a call is bounded only by the
 * connection's timeouts.
 *
 * <p><b>Cancellation.</b> Interrupting the calling thread, or cancelling the {@link Cancellation} handle from any
 * thread, ends the call within 100 ms with a {@link CancelledException}. The thread's interrupt flag stays set.
 *
 * <p>Immutable and thread-safe; the same options may be passed to any number of calls (the deadline is relative to
 * each call's start). Build with {@link #builder()}.
 */
public final class CallOptions {
    /** No deadline, no cancel handle (the thread's interrupt still cancels), no listener. */
    public static final CallOptions DEFAULTS = builder().build();

    private final Duration deadline;
    private final Cancellation cancellation;
    private final CallListener listener;

    private CallOptions(Builder b) {
        if (b.deadline != null && (b.deadline.isNegative() || b.deadline.isZero())) {
            throw new IllegalArgumentException("deadline must be positive, got " + b.deadline);
        }
        this.deadline = b.deadline;
        this.cancellation = b.cancellation;
        this.listener = b.listener == null ? CallListener.NONE : b.listener;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        return new Builder().deadline(deadline).cancellation(cancellation).listener(listener);
    }

    /** How long the call may take in all, from the moment {@code invoke} is called; empty for no deadline. */
    public Optional<Duration> deadline() {
        return Optional.ofNullable(deadline);
    }

    /** The handle that cancels the call, if the host gave one. */
    public Optional<Cancellation> cancellation() {
        return Optional.ofNullable(cancellation);
    }

    /** Who hears this call's events; {@link CallListener#NONE} by default. */
    public CallListener listener() {
        return listener;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CallOptions that && Objects.equals(deadline, that.deadline)
                && cancellation == that.cancellation && listener == that.listener;
    }

    @Override
    public int hashCode() {
        return Objects.hash(deadline, System.identityHashCode(cancellation), System.identityHashCode(listener));
    }

    @Override
    public String toString() {
        return "CallOptions{deadline=" + deadline + ", cancellation=" + cancellation + ", listener="
                + (listener == CallListener.NONE ? "none" : listener.getClass().getName()) + '}';
    }

    /** Builds {@link CallOptions}; not thread-safe. */
    public static final class Builder {
        private Duration deadline;
        private Cancellation cancellation;
        private CallListener listener;

        private Builder() {
        }

        /** The call must end this long after {@code invoke} is called; null for no deadline. */
        public Builder deadline(Duration deadline) {
            this.deadline = deadline;
            return this;
        }

        /** A handle the host may cancel from any thread; null for none. */
        public Builder cancellation(Cancellation cancellation) {
            this.cancellation = cancellation;
            return this;
        }

        /** Who hears this call's events (in addition to the connector's own listener); null for none. */
        public Builder listener(CallListener listener) {
            this.listener = listener;
            return this;
        }

        public CallOptions build() {
            return new CallOptions(this);
        }
    }
}
