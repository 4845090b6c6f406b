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
        if (prepared.add(site.key())) {
            inFlight.trySetPermits(site.maxInFlight());
            double perSecond = site.requestsPerSecond();
            long perPeriod = perSecond >= 1 ? Math.round(perSecond) : 1;
            Duration period = perSecond >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / perSecond));
            rate.trySetRate(RateType.OVERALL, perPeriod, period, RATE_KEEP_ALIVE);
        }
        String id = inFlight.tryAcquire(Math.max(0, maxWait.toMillis()), settings.leaseTime().toMillis(),
                TimeUnit.MILLISECONDS);
        if (id == null) {
            return null;
        }
        boolean granted = false;
        try {
            // The slot first, then the start: a request that waited for a slot starts at once, within the rate.
            long remaining = Math.max(0, deadline - System.nanoTime());
            granted = rate.tryAcquire(1, Duration.ofNanos(remaining));
            return granted ? new RedisPermit(inFlight, id) : null;
        } finally {
            if (!granted) {
                release(inFlight, id);
            }
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
