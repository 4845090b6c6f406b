package io.moodleconnector.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.SiteBudget.Permit;
import io.moodleconnector.spi.SiteBudget.Site;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redis may lose a site's budget while a worker still counts it as set up: the rate limiter's keys expire after an
 * hour without use, and a Redis restarted without persistence, or a failover to an empty node, holds nothing.
 * Redis answers in both cases, so the worker must set the site up again, not call Redis down.
 */
class RedisForgetsTheBudgetTest {
    private static final String PREFIX = "moodle-connector:budget:";

    @TempDir
    Path dir;
    RedisServer redis;
    RedisSiteBudget budget;

    @BeforeEach
    void start() throws Exception {
        redis = RedisServer.start(dir);
        budget = RedisSiteBudget.connect(RedisBudgetSettings.builder(redis.uri()).build());
    }

    @AfterEach
    void stop() throws Exception {
        budget.close();
        redis.close();
    }

    @Test
    void aSiteWhoseRateLimiterExpiredIsSetUpAgain() throws Exception {
        Site site = new Site("idle-site", 1000, 2);
        budget.acquire(site, Duration.ofSeconds(2)).close();
        // What its keep-alive of an hour does to an idle site's rate limiter, without waiting an hour.
        String rate = PREFIX + site.key() + ":rate";
        assertThat(redis.command("DEL", rate, "{" + rate + "}:value", "{" + rate + "}:permits")).isEqualTo(":3");

        try (Permit permit = budget.acquire(site, Duration.ofSeconds(2))) {
            assertThat(permit).isNotNull();
        }
        assertThat(redis.command("HGET", rate, "rate")).as("the rate set again").isEqualTo("1000");
    }

    @Test
    void aRedisThatLostItsDataGetsTheSiteSetUpAgain() throws Exception {
        Site site = new Site("site-over-a-restart", 1000, 2);
        budget.acquire(site, Duration.ofSeconds(2)).close();
        // What a restart without persistence leaves once the client has reconnected, or a failover to an empty node.
        assertThat(redis.command("FLUSHALL")).isEqualTo("+OK");

        try (Permit permit = budget.acquire(site, Duration.ofSeconds(2))) {
            assertThat(permit).as("a permit of the site's 2, none of them taken").isNotNull();
        }
        assertThat(redis.command("GET", PREFIX + site.key() + ":inflight"))
                .as("the in-flight bound set again, none taken").isEqualTo("2");
    }
}
