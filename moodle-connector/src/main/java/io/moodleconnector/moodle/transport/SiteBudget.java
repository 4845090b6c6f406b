package io.moodleconnector.moodle.transport;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One site's budget: requests started per second (a resilience4j rate limiter) and requests in flight (a
 * semaphore), shared by every call to the site. When connections to the site ask for different limits, the
 * smallest asked for since the plugin loaded applies to all, so a connection can tighten the site's protection but
 * never loosen it for the others. Thread-safe.
 */
final class SiteBudget {
    /** The shortest nap between two tries for a rate permit, so that a waiting thread never spins. */
    private static final long MIN_NAP_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final String name;
    private volatile Limits limits;

    /** The limiters in force; replaced as a whole when a connection asks for tighter limits. */
    private record Limits(double requestsPerSecond, int maxInFlight, RateLimiter rate, Semaphore inFlight) {
    }

    SiteBudget(String name) {
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
     * Waits for the site's budget to let one more request start: a rate permit, then an in-flight slot. The wait is
     * bounded by the connection's callTimeout.
     *
     * @return the in-flight slot, to close when the exchange ends
     * @throws TransportException (retriable, nothing sent) when the budget kept the request waiting past the
     *                            callTimeout; (not retriable) when the thread was interrupted while waiting
     */
    Permit acquire(ConnectionOptions options) {
        Limits l = limitsFor(options);
        long deadline = System.nanoTime() + options.callTimeout().toNanos();
        try {
            if (!takeRatePermit(l.rate, deadline)) {
                throw new TransportException("the site's requestsPerSecond budget (" + l.requestsPerSecond + ", shared"
                        + " by every connection to it) kept this request waiting past its callTimeout", true, 0, null);
            }
            if (!l.inFlight.tryAcquire(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                throw new TransportException("the site's maxInFlight requests (" + l.maxInFlight + ", shared by every"
                        + " connection to it) stayed busy past the callTimeout", true, 0, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the site's budget; nothing was sent", false, 0, e);
        }
        return l.inFlight::release;
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

    private Limits limitsFor(ConnectionOptions o) {
        Limits current = limits;
        if (current != null && current.requestsPerSecond <= o.requestsPerSecond() && current.maxInFlight <= o.maxInFlight()) {
            return current;
        }
        synchronized (this) {
            current = limits;
            double rate = current == null ? o.requestsPerSecond() : Math.min(current.requestsPerSecond, o.requestsPerSecond());
            int inFlight = current == null ? o.maxInFlight() : Math.min(current.maxInFlight, o.maxInFlight());
            if (current == null || rate != current.requestsPerSecond || inFlight != current.maxInFlight) {
                limits = new Limits(rate, inFlight, RateLimiter.of(name, rateConfig(rate)), new Semaphore(inFlight, true));
            }
            return limits;
        }
    }

    /**
     * A requests-per-second budget as a resilience4j period: n per second, or one per 1/rate seconds below 1. No
     * waiting inside the limiter ({@code timeoutDuration} 0): {@link #takeRatePermit} waits, to each call's deadline.
     */
    private static RateLimiterConfig rateConfig(double rate) {
        int perPeriod = rate >= 1 ? (int) Math.round(rate) : 1;
        Duration period = rate >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / rate));
        return RateLimiterConfig.custom().limitForPeriod(perPeriod).limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO).writableStackTraceEnabled(false).build();
    }

    @Override
    public String toString() {
        return "SiteBudget{requestsPerSecond=" + requestsPerSecond() + ", maxInFlight=" + maxInFlight() + '}';
    }

    /** An in-flight slot; closing it frees the slot. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }
}
