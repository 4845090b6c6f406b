package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.SiteBudget;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A site's limits in one JVM: the smallest any caller asked for apply to every caller. */
class SiteLimiterTest {
    private static final Duration SHORT = Duration.ofMillis(400);
    private final SiteLimiter limiter = new SiteLimiter("test");

    @Test
    void theSmallestLimitsAskedForApplyToEveryone() throws Exception {
        limiter.acquire(50, 8, SHORT).close();
        limiter.acquire(5, 16, SHORT).close();
        limiter.acquire(100, 2, SHORT).close();
        assertThat(limiter.requestsPerSecond()).isEqualTo(5);
        assertThat(limiter.maxInFlight()).isEqualTo(2);
    }

    @Test
    void aCallerAskingForMoreInFlightStillWaitsForTheSharedSlots() throws Exception {
        try (SiteBudget.Permit held = limiter.acquire(1000, 1, SHORT)) {
            assertThat(held).isNotNull();
            assertThat(limiter.acquire(1000, 10, SHORT)).as("no slot within the wait").isNull();
        }
    }

    @Test
    void aFreedSlotCanBeTakenAgain() throws Exception {
        limiter.acquire(1000, 1, SHORT).close();
        assertThat(limiter.acquire(1000, 1, SHORT)).isNotNull();
    }

    @Test
    void callersThatGaveUpLeaveNoDebtForTheNextOne() throws Exception {
        limiter.acquire(1, 100, Duration.ofMillis(20)).close();
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire(1, 100, Duration.ofMillis(20))).as("no start within the rate").isNull();
        }
        assertThat(limiter.acquire(1, 100, Duration.ofSeconds(3))).as("the next period's start").isNotNull();
    }

    @Test
    void aCallerThatGaveUpOnTheRateGivesItsSlotBack() throws Exception {
        limiter.acquire(1, 1, SHORT).close();
        assertThat(limiter.acquire(1, 1, Duration.ofMillis(20))).isNull();
        assertThat(limiter.acquire(1, 1, Duration.ofSeconds(3))).as("the one slot is free again").isNotNull();
    }
}
