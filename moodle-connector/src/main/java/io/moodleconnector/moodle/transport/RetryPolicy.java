package io.moodleconnector.moodle.transport;

import io.github.resilience4j.core.IntervalFunction;
import io.moodleconnector.spi.ConnectionOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The one retry table. Which replies are worth another attempt (a transport failure, HTTP 408, 429 and 5xx), for
 * which methods (reads only: Moodle's writes are not idempotent), how many times
 * ({@link ConnectionOptions#maxReadAttempts()}), and how long to pause: exponential backoff from
 * {@link ConnectionOptions#retryBackoff()}, doubling, jittered by ±50% (resilience4j's {@link IntervalFunction}),
 * or at least what the site's {@code Retry-After} asks on a 429 or 503. The caller's deadline bounds all of it.
 * Stateless.
 */
final class RetryPolicy {
    private static final double MULTIPLIER = 2;
    private static final double JITTER = 0.5;

    private RetryPolicy() {
    }

    /** How many attempts a request may have in all. */
    static int attempts(ConnectionOptions options, boolean readOnly) {
        return readOnly ? options.maxReadAttempts() : 1;
    }

    /** Whether an HTTP status is worth another attempt (the classifier's {@code retriable} answer too). */
    static boolean retriableStatus(int status) {
        return status >= 500 || status == 429 || status == 408;
    }

    /**
     * The pause before attempt {@code next} (2, 3, ...): the backoff, or the site's {@code Retry-After} when that is
     * longer. Empty when the site asks for a wait longer than the connection's {@code callTimeout}: no retry then.
     */
    static Optional<Duration> pause(ConnectionOptions options, int next, Duration retryAfter) {
        Duration backoff = backoff(options.retryBackoff(), next);
        if (retryAfter == null) {
            return Optional.of(backoff);
        }
        if (retryAfter.compareTo(options.callTimeout()) > 0) {
            return Optional.empty();
        }
        return Optional.of(retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff);
    }

    private static Duration backoff(Duration first, int next) {
        if (first.toMillis() < 1) {
            return Duration.ZERO; // IntervalFunction needs at least 1 ms; no backoff asked for
        }
        return Duration.ofMillis(IntervalFunction.ofExponentialRandomBackoff(first, MULTIPLIER, JITTER)
                .apply(next - 1));
    }

    /**
     * The wait a 429 or 503 reply asks for in its {@code Retry-After} header (delay-seconds or an HTTP date), or
     * null when there is none, it cannot be read, or the status is another.
     */
    static Duration retryAfter(int status, String header, Instant now) {
        if ((status != 429 && status != 503) || header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        try {
            if (value.chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(value));
            }
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }
}
