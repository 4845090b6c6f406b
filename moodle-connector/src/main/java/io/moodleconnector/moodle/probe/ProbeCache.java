package io.moodleconnector.moodle.probe;

import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Probe results per connection for an hour: a platform's "test connection" button may be pressed often, and each
 * run sends some thirty calls. A run is reused for the same connection, objects and service functions; {@code
 * refresh} forces a new one. Bounded (least recently used out); thread-safe.
 */
public final class ProbeCache {
    /** How long a run is reused. */
    public static final Duration TTL = Duration.ofHours(1);
    private static final int MAX_ENTRIES = 256;

    private final Clock clock;
    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public ProbeCache(Clock clock) {
        this.clock = clock;
    }

    /**
     * The cached run for these, or a new one from {@code run} when there is none, it is an hour old, or asked. A run
     * that throws (a check cut short by its deadline or a cancel, a refused token) stores nothing and leaves the
     * previous run, if any, in place: only a run that finished is a result.
     */
    public ProbeRunner.Result get(Connection connection, CheckOptions options, Set<String> functions,
                                  Supplier<ProbeRunner.Result> run) {
        Key key = new Key(connection, options.courseId(), options.cmId(), Set.copyOf(functions));
        Instant now = clock.instant();
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && !options.refresh() && e.at().plus(TTL).isAfter(now)) {
                return e.result();
            }
        }
        ProbeRunner.Result fresh = run.get();
        synchronized (entries) {
            entries.put(key, new Entry(fresh, now));
        }
        return fresh;
    }

    private record Key(Connection connection, Long courseId, Long cmId, Set<String> functions) {
    }

    private record Entry(ProbeRunner.Result result, Instant at) {
    }
}
