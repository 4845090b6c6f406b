package io.moodleconnector.budget.redis;

import java.util.ArrayList;
import java.util.List;

/** Counts events in sliding one-second windows. */
final class Windows {
    private Windows() {
    }

    /** The most events of {@code nanos} (System.nanoTime values) that fall in any window of one second. */
    static int maxPerSecond(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= 1_000_000_000L) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
