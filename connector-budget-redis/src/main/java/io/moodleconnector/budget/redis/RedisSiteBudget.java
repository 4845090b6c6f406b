package io.moodleconnector.budget.redis;

import io.moodleconnector.spi.SiteBudget;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.redisson.Redisson;
import org.redisson.api.RPermitExpirableSemaphore;
import org.redisson.api.RRateLimiter;
import org.redisson.api.RateType;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;
import org.redisson.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A site budget shared by every worker through one Redis: per site, Redisson's {@code RPermitExpirableSemaphore}
 * ({@code <prefix><site key>:inflight}, one leased permit per request in flight) and {@code RRateLimiter}
 * ({@code <prefix><site key>:rate}, request starts per second). A worker that dies mid-request loses nothing for
 * long: its permit ends with its lease.
 *
 * <p>The limits of a site are set by the first worker that calls it and kept while Redis keeps them (the rate for an
 * hour after its last use); a site key is a digest of URL and token, never the token.
 *
 * <p>When Redis cannot be reached, {@link RedisBudgetSettings#whenRedisDown()} decides: fail closed (a retriable
 * {@link TransportException} that sent nothing) or this worker's {@link LocalShare}; Redis is asked again after
 * {@link RedisBudgetSettings#recheckAfter()}. Thread-safe; {@link #close()} shuts the Redis client down.
 */
public final class RedisSiteBudget implements SiteBudget, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisSiteBudget.class);
    /** How long Redis keeps an idle site's rate limiter. */
    private static final Duration RATE_KEEP_ALIVE = Duration.ofHours(1);
    /** How long a request waits for a slot before checking that Redis still holds the site's semaphore. */
    private static final Duration LOST_SITE_CHECK = Duration.ofSeconds(1);
    /** Redisson's rate limiter script fails with this when the limiter's keys are not in Redis. */
    private static final String RATE_LIMITER_MISSING = "RateLimiter is not initialized";

    private final RedisBudgetSettings settings;
    private final RedissonClient redis;
    private final LocalShare localShare;
    private final Set<String> prepared = ConcurrentHashMap.newKeySet();
    private volatile long redisDownUntil;
    private final AtomicBoolean down = new AtomicBoolean();

    private RedisSiteBudget(RedisBudgetSettings settings, RedissonClient redis) {
        this.settings = settings;
        this.redis = redis;
        this.localShare = new LocalShare(settings.workers());
    }

    /**
     * A budget on the Redis the settings name. Connects lazily: a worker may start while Redis is down, and then
     * behaves as {@link RedisBudgetSettings#whenRedisDown()} says.
     */
    public static RedisSiteBudget connect(RedisBudgetSettings settings) {
        Config config = new Config();
        config.setLazyInitialization(true);
        int timeout = Math.toIntExact(settings.redisTimeout().toMillis());
        config.useSingleServer()
                .setAddress(settings.redisUri())
                .setConnectTimeout(timeout)
                .setTimeout(timeout)
                .setRetryAttempts(0)
                .setConnectionMinimumIdleSize(1)
                .setSubscriptionConnectionMinimumIdleSize(1);
        return new RedisSiteBudget(settings, Redisson.create(config));
    }

    @Override
    public Permit acquire(Site site, Duration maxWait) throws InterruptedException {
        if (System.nanoTime() - redisDownUntil < 0) {
            return whenDown(site, maxWait, null);
        }
        try {
            Permit permit = acquireOnceMore(site, maxWait);
            if (down.compareAndSet(true, false)) {
                LOG.info("the shared site budget on Redis at {} answers again", settings.redisAddress());
            }
            return permit;
        } catch (RedisException e) {
            prepared.clear(); // a restarted Redis has lost the semaphores: set them up again
            redisDownUntil = System.nanoTime() + settings.recheckAfter().toNanos();
            if (down.compareAndSet(false, true)) {
                LOG.warn("the shared site budget on Redis at {} cannot be reached ({}); {}", settings.redisAddress(),
                        e.getClass().getSimpleName(), settings.whenRedisDown() == RedisBudgetSettings.WhenRedisDown
                                .FAIL_CLOSED ? "requests fail until it answers" : "going on within this worker's"
                                + " share (1/" + settings.workers() + ") of each site's budget");
            }
            return whenDown(site, maxWait, e);
        }
    }

    /**
     * Asks Redis, and asks once more on a failure: the client connects lazily, and the first commands of many threads
     * at once may fail while its connections are being set up. Only a second failure counts as Redis being down.
     */
    private Permit acquireOnceMore(Site site, Duration maxWait) throws InterruptedException {
        try {
            return acquireShared(site, maxWait);
        } catch (RedisException first) {
            LOG.debug("the shared site budget's Redis failed once ({}); asking again", first.getClass().getSimpleName());
            return acquireShared(site, maxWait);
        }
    }

    private Permit acquireShared(Site site, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + Math.max(0, maxWait.toNanos());
        String base = settings.keyPrefix() + site.key();
        RPermitExpirableSemaphore inFlight = redis.getPermitExpirableSemaphore(base + ":inflight");
        RRateLimiter rate = redis.getRateLimiter(base + ":rate");
        if (!prepared.contains(site.key())) {
            setUp(site, inFlight, rate);
        }
        String id = takeSlot(site, inFlight, rate, deadline);
        if (id == null) {
            return null;
        }
        boolean granted = false;
        try {
            // The slot first, then the start: a request that waited for a slot starts at once, within the rate.
            granted = takeStart(site, inFlight, rate, deadline);
            return granted ? new RedisPermit(inFlight, id) : null;
        } finally {
            if (!granted) {
                release(inFlight, id);
            }
        }
    }

    /**
     * Puts the site's limits in Redis unless they are there, the rate first: a slot in Redis then always has its rate
     * limiter beside it, for every worker. The site counts as set up only once both are in: marked before, another
     * thread of this worker could take a slot and go on to a rate limiter not there yet, and Redis's answer to that
     * was taken for Redis being down.
     */
    private void setUp(Site site, RPermitExpirableSemaphore inFlight, RRateLimiter rate) {
        double perSecond = site.requestsPerSecond();
        long perPeriod = perSecond >= 1 ? Math.round(perSecond) : 1;
        Duration period = perSecond >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / perSecond));
        rate.trySetRate(RateType.OVERALL, perPeriod, period, RATE_KEEP_ALIVE);
        inFlight.trySetPermits(site.maxInFlight());
        prepared.add(site.key());
    }

    /**
     * An in-flight slot within the deadline, or null. Waits in steps of at most {@link #LOST_SITE_CHECK}: a
     * semaphore Redis no longer holds (restarted without persistence, failed over to an empty node, flushed) would
     * keep every request waiting to the end, so after each fruitless step the site is set up again if it is gone.
     */
    private String takeSlot(Site site, RPermitExpirableSemaphore inFlight, RRateLimiter rate, long deadline)
            throws InterruptedException {
        while (true) {
            long remaining = TimeUnit.NANOSECONDS.toMillis(Math.max(0, deadline - System.nanoTime()));
            String id = inFlight.tryAcquire(Math.min(remaining, LOST_SITE_CHECK.toMillis()),
                    settings.leaseTime().toMillis(), TimeUnit.MILLISECONDS);
            if (id != null) {
                return id;
            }
            if (!inFlight.isExists()) {
                setUp(site, inFlight, rate);
            } else if (deadline - System.nanoTime() <= 0) {
                return null;
            }
        }
    }

    /**
     * A start within the rate before the deadline. Redis answers that the rate limiter is not there when its keys
     * expired ({@link #RATE_KEEP_ALIVE} after the site's last request) or Redis lost them: that is a site to set up
     * again, not a Redis that cannot be reached.
     */
    private boolean takeStart(Site site, RPermitExpirableSemaphore inFlight, RRateLimiter rate, long deadline) {
        try {
            return rate.tryAcquire(1, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        } catch (RedisException e) {
            if (e.getMessage() == null || !e.getMessage().contains(RATE_LIMITER_MISSING)) {
                throw e;
            }
            LOG.debug("the rate limiter of site {} was gone from Redis; setting it up again", site.key());
            prepared.remove(site.key());
            setUp(site, inFlight, rate);
            return rate.tryAcquire(1, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }

    private Permit whenDown(Site site, Duration maxWait, RedisException cause) throws InterruptedException {
        if (settings.whenRedisDown() == RedisBudgetSettings.WhenRedisDown.LOCAL_SHARE) {
            return localShare.acquire(site, maxWait);
        }
        throw new TransportException("the shared site budget on Redis at " + settings.redisAddress() + " cannot be"
                + " reached" + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")")
                + "; nothing was sent; try again when Redis answers", true, 0, null);
    }

    private static void release(RPermitExpirableSemaphore inFlight, String id) {
        try {
            inFlight.tryRelease(id);
        } catch (RedisException e) {
            LOG.debug("could not release an in-flight permit ({}); its lease will end it", e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        redis.shutdown();
    }

    @Override
    public String toString() {
        return "RedisSiteBudget{" + settings + '}';
    }

    private static final class RedisPermit implements Permit {
        private final RPermitExpirableSemaphore inFlight;
        private final String id;
        private final AtomicBoolean open = new AtomicBoolean(true);

        RedisPermit(RPermitExpirableSemaphore inFlight, String id) {
            this.inFlight = inFlight;
            this.id = id;
        }

        @Override
        public void close() {
            if (open.compareAndSet(true, false)) {
                release(inFlight, id);
            }
        }
    }
}
