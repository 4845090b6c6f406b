package io.moodleconnector.moodle.transport;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.moodleconnector.spi.SiteBudget;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The default {@link SiteBudget}: one in-flight semaphore and one resilience4j rate limiter per site key, in this
 * JVM. Connections to the same site as the same user share them whatever their other options; a caller that asks
 * other limits for a site replaces them (permits already granted are released to the limits they came from).
 * Thread-safe; waits end at once when the waiting thread is interrupted.
 */
public final class LocalSiteBudget implements SiteBudget {
    /** How far ahead a start may be booked; any wait the caller accepts is far shorter. */
    private static final Duration BOOKING_HORIZON = Duration.ofDays(1);

    private final ConcurrentMap<String, Limits> sites = new ConcurrentHashMap<>();

    @Override
    public Permit acquire(Site site, Duration maxWait) throws InterruptedException {
        Limits limits = sites.compute(site.key(), (k, old) -> old != null && old.site.equals(site) ? old
                : new Limits(site));
        long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
        if (!limits.inFlight.tryAcquire(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS)) {
            return null;
        }
        boolean started = false;
        try {
            // Slot first, then the start: a request that waited for a slot is sent at once, so starts stay within
            // the rate in every window.
            long remaining = deadline - System.nanoTime();
            if (limits.rate.getDetailedMetrics().getNanosToWait() > remaining) {
                return null;
            }
            long wait = limits.rate.reservePermission();
            if (wait < 0 || wait > remaining) {
                return null;
            }
            TimeUnit.NANOSECONDS.sleep(wait);
            started = true;
            return new LocalPermit(limits.inFlight);
        } finally {
            if (!started) {
                limits.inFlight.release();
            }
        }
    }

    private static final class Limits {
        final Site site;
        final Semaphore inFlight;
        final AtomicRateLimiter rate;

        Limits(Site site) {
            this.site = site;
            this.inFlight = new Semaphore(site.maxInFlight(), true);
            double perSecond = site.requestsPerSecond();
            int perPeriod = perSecond >= 1 ? (int) Math.round(perSecond) : 1;
            Duration period = perSecond >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / perSecond));
            RateLimiterConfig config = RateLimiterConfig.custom().limitForPeriod(perPeriod)
                    .limitRefreshPeriod(period).timeoutDuration(BOOKING_HORIZON)
                    .writableStackTraceEnabled(false).build();
            this.rate = (AtomicRateLimiter) RateLimiter.of("moodle-site", config);
        }
    }

    private static final class LocalPermit implements Permit {
        private final Semaphore inFlight;
        private final AtomicBoolean open = new AtomicBoolean(true);

        LocalPermit(Semaphore inFlight) {
            this.inFlight = inFlight;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                inFlight.release();
            }
        }
    }
}
