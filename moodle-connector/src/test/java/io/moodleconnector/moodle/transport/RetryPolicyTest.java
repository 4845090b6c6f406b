package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.ConnectionOptions;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final ConnectionOptions options = ConnectionOptions.builder().retryBackoff(Duration.ofMillis(200))
            .callTimeout(Duration.ofSeconds(120)).build();

    @Test
    void retryAfterInSecondsIsReadFromA429() {
        assertThat(RetryPolicy.retryAfter(429, "7", NOW)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterAsAnHttpDateIsTheTimeUntilThen() {
        assertThat(RetryPolicy.retryAfter(503, "Tue, 01 Dec 2026 10:00:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void retryAfterOfAnotherStatusOrUnreadableIsIgnored() {
        assertThat(RetryPolicy.retryAfter(500, "7", NOW)).isNull();
        assertThat(RetryPolicy.retryAfter(429, "soon", NOW)).isNull();
    }

    @Test
    void backoffDoublesWithinItsJitter() {
        for (int i = 0; i < 100; i++) {
            assertThat(RetryPolicy.pause(options, 2, null).orElseThrow()).isBetween(Duration.ofMillis(100),
                    Duration.ofMillis(300));
            assertThat(RetryPolicy.pause(options, 3, null).orElseThrow()).isBetween(Duration.ofMillis(200),
                    Duration.ofMillis(600));
        }
    }

    @Test
    void aLongerRetryAfterWinsOverTheBackoff() {
        assertThat(RetryPolicy.pause(options, 2, Duration.ofSeconds(3))).contains(Duration.ofSeconds(3));
    }

    @Test
    void aRetryAfterBeyondTheCallTimeoutMeansNoRetry() {
        assertThat(RetryPolicy.pause(options, 2, Duration.ofSeconds(600))).isEmpty();
    }
}
