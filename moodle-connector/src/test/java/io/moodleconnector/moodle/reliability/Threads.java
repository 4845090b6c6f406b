package io.moodleconnector.moodle.reliability;

import java.util.Set;
import java.util.stream.Collectors;

/** Live threads, for leak checks. Stateless. */
final class Threads {
    /**
     * Threads of OkHttp's process-wide task runner and Okio's timeout watchdog: shared by every OkHttp client in the
     * JVM (none owns them, so none can stop them); idle, they end on their own after 60 s. Not a connector's
     * resources, so not a leak of one.
     */
    private static final Set<String> SHARED = Set.of("OkHttp TaskRunner", "Okio Watchdog", "Attach Listener");

    private Threads() {
    }

    static Set<Thread> live() {
        return Set.copyOf(Thread.getAllStackTraces().keySet());
    }

    /** The live threads started since {@code baseline}, except OkHttp's shared task runner. */
    static Set<Thread> startedSince(Set<Thread> baseline) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(t -> !baseline.contains(t))
                .filter(t -> !SHARED.contains(t.getName()))
                .collect(Collectors.toSet());
    }

    /** Waits (at most {@code millis}) until no thread started since the baseline is alive; returns those left. */
    static Set<Thread> awaitGone(Set<Thread> baseline, long millis) throws InterruptedException {
        long end = System.nanoTime() + millis * 1_000_000;
        Set<Thread> left = startedSince(baseline);
        while (!left.isEmpty() && System.nanoTime() < end) {
            Thread.sleep(50);
            left = startedSince(baseline);
        }
        return left;
    }
}
