package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.SiteBudget;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The default {@link SiteBudget}: one {@link SiteLimiter} per site key in this JVM, for the whole plugin load.
 * Connections to the same site as the same user share it whatever their other options; the smallest limits asked
 * for apply. Thread-safe; waits end at once when the waiting thread is interrupted.
 */
public final class LocalSiteBudget implements SiteBudget {
    private final ConcurrentMap<String, SiteLimiter> sites = new ConcurrentHashMap<>();

    @Override
    public Permit acquire(Site site, Duration maxWait) throws InterruptedException {
        SiteLimiter limiter = sites.computeIfAbsent(site.key(), SiteLimiter::new);
        return limiter.acquire(site.requestsPerSecond(), site.maxInFlight(), maxWait);
    }

    /** The limits in force for a site key, for tests and diagnostics; null before its first request. */
    SiteLimiter limiter(String siteKey) {
        return sites.get(siteKey);
    }
}
