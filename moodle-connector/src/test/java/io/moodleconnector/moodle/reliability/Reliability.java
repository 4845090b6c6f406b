package io.moodleconnector.moodle.reliability;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Secret;
import java.time.Duration;

/** Shared settings of the reliability tests. */
final class Reliability {
    /**
     * A recognisable token planted in connections to test servers: 32 hex characters like Moodle's own, so that it
     * also survives any code that only redacts "token-shaped" text.
     */
    static final String PLANTED_TOKEN = "5ec7e75ec7e75ec7e75ec7e75ec7e7aa";

    /** The reply size limit of the fault tests: small, so that an oversize body is cheap to make. */
    static final int MAX_RESPONSE_BYTES = 64 * 1024;

    private Reliability() {
    }

    /** Short timeouts, tiny backoff, no throttling: faults surface quickly. */
    static ConnectionOptions.Builder fastOptions() {
        return ConnectionOptions.builder()
                .connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofMillis(500))
                .callTimeout(Duration.ofSeconds(2))
                .retryBackoff(Duration.ofMillis(5))
                .requestsPerSecond(100_000)
                .maxInFlight(4)
                .maxReadAttempts(3)
                .maxResponseBytes(MAX_RESPONSE_BYTES);
    }

    static Connection connection(String siteUrl, String token, ConnectionOptions options) {
        return Connection.of(siteUrl, Secret.of(token), options);
    }
}
