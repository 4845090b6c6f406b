package io.moodleconnector.moodle.transport;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Aborts HTTP exchanges whose calling thread was interrupted, or whose deadline passed, while the thread is blocked
 * in a socket read (which ignores interrupts). One daemon thread checks the exchanges in flight every
 * {@value #PERIOD_MILLIS} ms and sleeps while there are none; the host's explicit cancel needs no polling, it
 * aborts through a callback. Thread-safe; {@link #close()} stops the thread.
 */
final class InterruptWatch implements AutoCloseable {
    static final long PERIOD_MILLIS = 10;

    private final Set<Watched> watched = ConcurrentHashMap.newKeySet();
    /** Set by the watch thread, under the lock, just before it checks for work and sleeps for want of it. */
    private volatile boolean idle;
    private volatile Thread thread; // written under the lock
    private boolean closed; // guarded by this

    /** Watches one exchange until the returned handle is closed; {@code abort} runs at most once. */
    Watched watch(Thread caller, BooleanSupplier deadlinePassed, Runnable abort) {
        Watched w = new Watched(caller, deadlinePassed, abort);
        watched.add(w);
        // Only an idle watch needs waking: one that is not idle checks the set (after this add) before it sleeps.
        if (thread == null || idle) {
            synchronized (this) {
                if (thread == null && !closed) {
                    thread = new Thread(this::run, "moodle-connector interrupt watch");
                    thread.setDaemon(true);
                    thread.start();
                }
                notifyAll();
            }
        }
        return w;
    }

    private void run() {
        try {
            while (true) {
                synchronized (this) {
                    idle = true;
                    while (watched.isEmpty() && !closed) {
                        wait();
                    }
                    idle = false;
                    if (closed) {
                        return;
                    }
                }
                for (Watched w : watched) {
                    if (w.caller.isInterrupted() || w.deadlinePassed.getAsBoolean()) {
                        w.fire();
                    }
                }
                Thread.sleep(PERIOD_MILLIS);
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            closed = true;
            t = thread;
            notifyAll();
        }
        if (t != null) {
            t.interrupt();
        }
    }

    /** One exchange being watched. */
    final class Watched implements AutoCloseable {
        private final Thread caller;
        private final BooleanSupplier deadlinePassed;
        private final Runnable abort;
        private final AtomicBoolean fired = new AtomicBoolean();

        private Watched(Thread caller, BooleanSupplier deadlinePassed, Runnable abort) {
            this.caller = caller;
            this.deadlinePassed = deadlinePassed;
            this.abort = abort;
        }

        private void fire() {
            if (fired.compareAndSet(false, true)) {
                abort.run();
            }
        }

        @Override
        public void close() {
            watched.remove(this);
        }
    }
}
