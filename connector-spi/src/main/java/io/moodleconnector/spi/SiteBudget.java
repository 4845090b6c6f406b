package io.moodleconnector.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * The request budget of one remote site, shared by everything that calls it: at most
 * {@link Site#requestsPerSecond()} requests started per second and at most {@link Site#maxInFlight()} in flight.
 * A connector asks it before every request it sends (retries included) and releases the permit when the reply has
 * been read, so the site sees one budget however many threads, connector instances or processes call it.
 *
 * <p>The connector's default is in-process: one budget per site for the whole plugin load. A host that runs many
 * workers against the same sites supplies a shared one (e.g. {@code connector-budget-redis}) through
 * {@link Connector#useSiteBudget(SiteBudget)} before the first call.
 *
 * <p><b>Threading.</b> Implementations are thread-safe; {@link #acquire} blocks the calling thread and must end
 * promptly, with {@link InterruptedException}, when that thread is interrupted.
 */
public interface SiteBudget {

    /**
     * Waits until one request to {@code site} may be sent: an in-flight slot, then a start within the rate.
     *
     * @param maxWait how long the caller may wait; zero or negative means do not wait
     * @return the permit, to {@linkplain Permit#close() close} once the reply has been read; {@code null} when none
     *         came within {@code maxWait}
     * @throws InterruptedException when the calling thread was interrupted while waiting
     * @throws TransportException   (retriable, nothing applied) when the budget's shared store cannot be reached
     *                              and the budget is set to fail closed
     */
    Permit acquire(Site site, Duration maxWait) throws InterruptedException;

    /** A granted slot. Closing it frees the in-flight slot; idempotent. A lost permit expires with its lease. */
    interface Permit extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * A site and the limits its connection asks for.
     *
     * @param key               an opaque, stable digest of the site's URL and credential: the same for every caller
     *                          of the same site as the same user, safe to log and to use as a key in a shared store;
     *                          never the credential itself
     * @param requestsPerSecond requests that may start per second, positive
     * @param maxInFlight       requests that may be in flight at once, at least 1
     */
    record Site(String key, double requestsPerSecond, int maxInFlight) {
        public Site {
            Objects.requireNonNull(key, "key");
            if (key.isBlank()) {
                throw new IllegalArgumentException("a site key must not be blank");
            }
            if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
                throw new IllegalArgumentException("requestsPerSecond must be positive and finite, got "
                        + requestsPerSecond);
            }
            if (maxInFlight < 1) {
                throw new IllegalArgumentException("maxInFlight must be at least 1, got " + maxInFlight);
            }
        }
    }
}
