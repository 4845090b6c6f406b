package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.ConnectionOptions;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a request again: read methods only (Moodle's writes are not idempotent), on transport failures,
 * HTTP 5xx and 429, up to {@link ConnectionOptions#maxReadAttempts()} attempts, with exponential backoff and jitter.
 * Stateless.
 */
final class RetryPolicy {
    private RetryPolicy() {
    }

    /** How many attempts a request may have in all. */
    static int attempts(ConnectionOptions options, boolean readOnly) {
        return readOnly ? options.maxReadAttempts() : 1;
    }

    /** Whether an HTTP status is worth another attempt. */
    static boolean retriableStatus(int status) {
        return status >= 500 || status == 429;
    }

    /** The pause before attempt {@code next} (2, 3, ...): backoff doubling each time, jittered by ±50%. */
    static Duration pause(ConnectionOptions options, int next) {
        long base = options.retryBackoff().toMillis() << Math.min(next - 2, 16);
        double jitter = 0.5 + ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.round(base * jitter));
    }
}
