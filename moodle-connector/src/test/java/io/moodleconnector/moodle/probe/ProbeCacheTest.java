package io.moodleconnector.moodle.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.Secret;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Probes run at most once per connection per hour, unless asked. */
class ProbeCacheTest {
    private static final Connection CONNECTION = Connection.of("https://lms.example.edu",
            Secret.of("0123456789abcdef0123456789abcdef"));
    private static final Set<String> FUNCTIONS = Set.of("core_group_get_course_groups");

    private Instant now = Instant.parse("2026-12-01T10:00:00Z");
    private final ProbeCache cache = new ProbeCache(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });
    private final AtomicInteger runs = new AtomicInteger();
    private final Supplier<ProbeRunner.Result> run = () -> {
        runs.incrementAndGet();
        return new ProbeRunner.Result(Map.of(), List.of());
    };

    @Test
    void aSecondCheckWithinTheHourReusesTheProbes() {
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        now = now.plus(Duration.ofMinutes(59));
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aCheckAnHourLaterProbesAgain() {
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        now = now.plus(Duration.ofMinutes(60));
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        assertThat(runs).hasValue(2);
    }

    @Test
    void askingForAFreshRunProbesAgain() {
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        cache.get(CONNECTION, new CheckOptions(null, null, true), FUNCTIONS, run);
        assertThat(runs).hasValue(2);
    }

    @Test
    void anotherCourseOrServiceIsProbedOnItsOwn() {
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        cache.get(CONNECTION, new CheckOptions(3L, null, false), FUNCTIONS, run);
        cache.get(CONNECTION, CheckOptions.DEFAULT, Set.of("core_course_get_courses"), run);
        assertThat(runs).hasValue(3);
    }

    @Test
    void aRunCutShortIsNotCachedSoTheNextCheckProbesAgain() {
        Supplier<ProbeRunner.Result> cutShort = () -> {
            runs.incrementAndGet();
            throw new DeadlineExceededException("the call to check ran out of its deadline", Duration.ofSeconds(1),
                    Duration.ZERO, Outcome.NOT_APPLIED, null);
        };
        assertThatThrownBy(() -> cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, cutShort))
                .isInstanceOf(DeadlineExceededException.class);
        cache.get(CONNECTION, CheckOptions.DEFAULT, FUNCTIONS, run);
        assertThat(runs).hasValue(2);
    }
}
