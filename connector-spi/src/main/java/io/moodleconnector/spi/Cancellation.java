package io.moodleconnector.spi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A cancel handle a host keeps and may fire from any thread: {@link #cancel()} ends every call it was passed to (in
 * its {@link CallOptions}) within 100 ms, with a {@link CancelledException}. The HTTP exchange in progress is
 * aborted and a wait for the site's budget ends; a write that was already sent ends with outcome
 * {@link Outcome#UNKNOWN}.
 *
 * <p>One handle may be shared by many calls (cancel a whole job at once). Cancelling is permanent and idempotent.
 * Thread-safe.
 */
public final class Cancellation {
    private final Set<Runnable> callbacks = new LinkedHashSet<>();
    private volatile boolean cancelled;

    /** A handle that is not cancelled yet. */
    public Cancellation() {
    }

    /** Cancels every call using this handle, now and later. Idempotent. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (callbacks) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = new ArrayList<>(callbacks);
            callbacks.clear();
        }
        for (Runnable r : toRun) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // one failing callback must not keep the others from aborting their calls
            }
        }
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelled() {
        return cancelled;
    }

    /**
     * For connectors: runs {@code action} once when this handle is cancelled (at once, on this thread, if it already
     * is). Close the registration when the call ends, so that a long-lived handle keeps no reference to it.
     */
    public Registration onCancel(Runnable action) {
        Objects.requireNonNull(action, "action");
        synchronized (callbacks) {
            if (!cancelled) {
                callbacks.add(action);
                return () -> {
                    synchronized (callbacks) {
                        callbacks.remove(action);
                    }
                };
            }
        }
        action.run();
        return () -> { };
    }

    /** A callback registered with {@link #onCancel}; closing it unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }

    @Override
    public String toString() {
        return "Cancellation{cancelled=" + cancelled + '}';
    }
}
