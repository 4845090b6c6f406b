package io.moodleconnector.host.cli;

import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import java.time.Duration;

/**
 * {@code doctor --deadline}: one deadline for every call of the run, counted from the start of the first (the
 * check), as {@code call --deadline} counts from the call's start (loading the plugin is not counted); each later call
 * ({@code --probe-writes}'s steps) gets what is left of it. A call's deadline is relative to its own start, so each
 * call asks for its options when it starts. Used by the command's thread only.
 */
final class DoctorDeadline {
    /** The least a call may be given: it then ends at its first checkpoint, with deadline_exceeded, sending nothing. */
    private static final Duration SPENT = Duration.ofNanos(1);

    private final Duration deadline;
    /** When the deadline passes; set by the first call. */
    private long endNanos;
    private boolean started;
    private final CallListener listener;

    /** @param deadline the whole run's deadline, or null for none */
    DoctorDeadline(Duration deadline, CallListener listener) {
        this.deadline = deadline;
        this.listener = listener;
    }

    /** The options of a call that starts now: what is left of the deadline, and the listener. */
    CallOptions options() {
        CallOptions.Builder b = CallOptions.builder().listener(listener);
        if (deadline != null && !started) {
            started = true;
            endNanos = System.nanoTime() + deadline.toNanos();
            return b.deadline(deadline).build();
        }
        if (deadline != null) {
            long left = endNanos - System.nanoTime();
            b.deadline(left > 0 ? Duration.ofNanos(left) : SPENT);
        }
        return b.build();
    }
}
