package io.moodleconnector.budget.redis;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RedisSiteBudget} reaches Redis and behaves when it cannot. Immutable; {@link #toString()} never
 * shows a password of the Redis URI.
 */
public final class RedisBudgetSettings {
    /** What a worker does while Redis cannot be reached. */
    public enum WhenRedisDown {
        /** Send nothing: every request fails with a retriable transport error that applied nothing (the default). */
        FAIL_CLOSED,
        /**
         * Go on within this worker's share of the site budget ({@code 1 / workers} of its rate and in-flight bound,
         * at least one in flight), with a warning; back to Redis as soon as it answers again.
         */
        LOCAL_SHARE
    }

    private final String redisUri;
    private final String keyPrefix;
    private final Duration leaseTime;
    private final Duration redisTimeout;
    private final Duration recheckAfter;
    private final WhenRedisDown whenRedisDown;
    private final int workers;

    private RedisBudgetSettings(Builder b) {
        this.redisUri = b.redisUri;
        this.keyPrefix = b.keyPrefix;
        this.leaseTime = b.leaseTime;
        this.redisTimeout = b.redisTimeout;
        this.recheckAfter = b.recheckAfter;
        this.whenRedisDown = b.whenRedisDown;
        this.workers = b.workers;
    }

    /** Settings for the Redis at {@code redisUri}, e.g. {@code redis://127.0.0.1:6379} or {@code rediss://:pw@host:6380}. */
    public static Builder builder(String redisUri) {
        return new Builder(redisUri);
    }

    public String redisUri() { return redisUri; }

    /** Every key this budget writes starts with it (default {@code moodle-connector:budget:}). */
    public String keyPrefix() { return keyPrefix; }

    /** How long an in-flight permit lives if its worker never releases it (default 2 minutes). */
    public Duration leaseTime() { return leaseTime; }

    /** How long one Redis command (or connecting) may take before Redis counts as down (default 2 s). */
    public Duration redisTimeout() { return redisTimeout; }

    /** After Redis failed, how long to wait before asking it again (default 5 s). */
    public Duration recheckAfter() { return recheckAfter; }

    public WhenRedisDown whenRedisDown() { return whenRedisDown; }

    /** How many workers share a site, for {@link WhenRedisDown#LOCAL_SHARE} (default 4). */
    public int workers() { return workers; }

    /** Host and port of the Redis, safe to log. */
    public String redisAddress() {
        URI uri = URI.create(redisUri);
        return uri.getHost() + ":" + (uri.getPort() < 0 ? 6379 : uri.getPort());
    }

    @Override
    public String toString() {
        return "RedisBudgetSettings{redis=" + URI.create(redisUri).getScheme() + "://" + redisAddress()
                + ", keyPrefix=" + keyPrefix + ", leaseTime=" + leaseTime + ", redisTimeout=" + redisTimeout
                + ", recheckAfter=" + recheckAfter + ", whenRedisDown=" + whenRedisDown + ", workers=" + workers + '}';
    }

    /** Builds {@link RedisBudgetSettings}; every setter checks its value at once. */
    public static final class Builder {
        private final String redisUri;
        private String keyPrefix = "moodle-connector:budget:";
        private Duration leaseTime = Duration.ofMinutes(2);
        private Duration redisTimeout = Duration.ofSeconds(2);
        private Duration recheckAfter = Duration.ofSeconds(5);
        private WhenRedisDown whenRedisDown = WhenRedisDown.FAIL_CLOSED;
        private int workers = 4;

        private Builder(String redisUri) {
            Objects.requireNonNull(redisUri, "redisUri");
            URI uri;
            try {
                uri = URI.create(redisUri);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("redisUri is not a URI (its text is not shown: it may hold a password)");
            }
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("redisUri must be redis://host:port or rediss://host:port");
            }
            this.redisUri = redisUri;
        }

        public Builder keyPrefix(String keyPrefix) {
            if (keyPrefix == null || keyPrefix.isBlank()) {
                throw new IllegalArgumentException("keyPrefix must not be blank");
            }
            this.keyPrefix = keyPrefix;
            return this;
        }

        public Builder leaseTime(Duration leaseTime) {
            this.leaseTime = positive("leaseTime", leaseTime);
            return this;
        }

        public Builder redisTimeout(Duration redisTimeout) {
            this.redisTimeout = positive("redisTimeout", redisTimeout);
            return this;
        }

        public Builder recheckAfter(Duration recheckAfter) {
            this.recheckAfter = positive("recheckAfter", recheckAfter);
            return this;
        }

        public Builder whenRedisDown(WhenRedisDown whenRedisDown) {
            this.whenRedisDown = Objects.requireNonNull(whenRedisDown, "whenRedisDown");
            return this;
        }

        public Builder workers(int workers) {
            if (workers < 1) {
                throw new IllegalArgumentException("workers must be at least 1, got " + workers);
            }
            this.workers = workers;
            return this;
        }

        public RedisBudgetSettings build() {
            return new RedisBudgetSettings(this);
        }

        private static Duration positive(String name, Duration d) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(name + " must be a positive duration, got " + d);
            }
            return d;
        }
    }
}
