package io.moodleconnector.moodle.transport;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.moodleconnector.spi.SiteBudget;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One site's limits in this JVM: requests in flight (a fair semaphore) and requests started per second (a
 * resilience4j rate limiter). When callers of the site ask for different limits, the smallest asked for since the
 * plugin loaded applies to all, so a connection can tighten the site's protection but never loosen it for the
 * others. Thread-safe.
 */
final class SiteLimiter {
    /** The shortest nap between two tries for a rate permit, so that a waiting thread never spins. */
    private static final long MIN_NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final String name;
    private volatile Limits limits;

    /** The limiters in force; replaced as a whole when a caller asks for tighter limits. */
    private record Limits(double requestsPerSecond, int maxInFlight, RateLimiter rate, Semaphore inFlight) {
    }

    SiteLimiter(String name) {
        this.name = name;
    }

    double requestsPerSecond() {
        Limits l = limits;
        return l == null ? 0 : l.requestsPerSecond;
    }

    int maxInFlight() {
        Limits l = limits;
        return l == null ? 0 : l.maxInFlight;
    }

    /**
     * Waits for an in-flight slot, then for a start within the rate, at most {@code maxWait} in all. The slot comes
     * first so that a request that waited for one starts at once, keeping starts within the rate in every window.
     *
     * @return the slot, to close when the exchange ends; null when none came in time
     * @throws InterruptedException when the thread was interrupted while waiting
     */
    SiteBudget.Permit acquire(double requestsPerSecond, int maxInFlight, Duration maxWait) throws InterruptedException {
        Limits l = limitsFor(requestsPerSecond, maxInFlight);
        long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
        if (!l.inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return null;
        }
        boolean started = false;
        try {
            started = takeRatePermit(l.rate, deadline);
            if (!started) {
                return null;
            }
            AtomicBoolean open = new AtomicBoolean(true);
            return () -> {
                if (open.compareAndSet(true, false)) {
                    l.inFlight.release();
                }
            };
        } finally {
            if (!started) {
                l.inFlight.release();
            }
        }
    }

    /**
     * Takes a rate permit, napping until the limiter's next period while there is none, until the deadline. Never
     * reserves a permit ahead: a caller that gives up leaves no debt behind, so an overload cannot push every later
     * caller's turn past its own deadline.
     */
    private static boolean takeRatePermit(RateLimiter rate, long deadline) throws InterruptedException {
        while (!rate.acquirePermission()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            long untilNextPermit = rate instanceof AtomicRateLimiter atomic
                    ? atomic.getDetailedMetrics().getNanosToWait() : MIN_NAP_NANOS;
            TimeUnit.NANOSECONDS.sleep(Math.max(MIN_NAP_NANOS, Math.min(left, untilNextPermit)));
        }
        return true;
    }

    private Limits limitsFor(double requestsPerSecond, int maxInFlight) {
        Limits current = limits;
        if (current != null && current.requestsPerSecond <= requestsPerSecond && current.maxInFlight <= maxInFlight) {
            return current;
        }
        synchronized (this) {
            current = limits;
            double rate = current == null ? requestsPerSecond : Math.min(current.requestsPerSecond, requestsPerSecond);
            int inFlight = current == null ? maxInFlight : Math.min(current.maxInFlight, maxInFlight);
            if (current == null || rate != current.requestsPerSecond || inFlight != current.maxInFlight) {
                limits = new Limits(rate, inFlight, RateLimiter.of(name, rateConfig(rate)), new Semaphore(inFlight, true));
            }
            return limits;
        }
    }

    /**
     * A requests-per-second budget as short resilience4j periods: a tenth of the rate (at least one permit) every
     * tenth of a second, or one permit per 1/rate seconds below 10 per second. Not n permits per second: a fixed
     * one-second period lets n go at the end of one period and n more at the start of the next, so a site would see
     * up to twice the rate in a one-second window (measured: 19 for 10/s); short periods keep every window within
     * the rate plus a tenth. No waiting inside the limiter ({@code timeoutDuration} 0): {@link #takeRatePermit}
     * waits, to each call's deadline.
     */
    private static RateLimiterConfig rateConfig(double rate) {
        int perPeriod = (int) Math.max(1, Math.floor(rate / 10));
        Duration period = Duration.ofNanos(Math.max(1_000L, Math.round(perPeriod * 1_000_000_000L / rate)));
        return RateLimiterConfig.custom().limitForPeriod(perPeriod).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).writableStackTraceEnabled(false).build();
    }

    @Override
    public String toString() {
        return "SiteLimiter{requestsPerSecond=" + requestsPerSecond() + ", maxInFlight=" + maxInFlight() + '}';
    }
}
