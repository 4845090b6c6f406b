package io.moodleconnector.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.budget.redis.RedisBudgetSettings.WhenRedisDown;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.SiteBudget;
import io.moodleconnector.spi.SiteBudget.Permit;
import io.moodleconnector.spi.SiteBudget.Site;
import io.moodleconnector.spi.TransportException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two budgets on one real Redis stand for two workers of a platform calling the same site. */
class RedisSiteBudgetTest {
    private static final Duration NO_WAIT = Duration.ofMillis(200);

    @TempDir
    Path dir;
    RedisServer redis;
    final List<RedisSiteBudget> budgets = new ArrayList<>();

    @BeforeEach
    void startRedis() throws Exception {
        redis = RedisServer.start(dir);
    }

    @AfterEach
    void stop() throws Exception {
        budgets.forEach(RedisSiteBudget::close);
        redis.close();
    }

    private RedisSiteBudget worker(RedisBudgetSettings.Builder settings) {
        RedisSiteBudget b = RedisSiteBudget.connect(settings.build());
        budgets.add(b);
        return b;
    }

    private RedisSiteBudget worker() {
        return worker(RedisBudgetSettings.builder(redis.uri()));
    }

    private static Site site(double rate, int inFlight) {
        return new Site("site-" + rate + "-" + inFlight, rate, inFlight);
    }

    @Test
    void theInFlightBoundHoldsAcrossWorkers() throws Exception {
        Site site = site(1000, 3);
        SiteBudget a = worker();
        SiteBudget b = worker();
        Permit p1 = a.acquire(site, NO_WAIT);
        Permit p2 = b.acquire(site, NO_WAIT);
        Permit p3 = a.acquire(site, NO_WAIT);
        assertThat(List.of(p1, p2, p3)).doesNotContainNull();

        assertThat(b.acquire(site, NO_WAIT)).as("a fourth request while three are in flight").isNull();
        p2.close();
        assertThat(b.acquire(site, NO_WAIT)).as("once one reply has been read").isNotNull();
    }

    /**
     * Two workers, eight threads, 2.5 s against a budget of 20 starts a second: no more starts than the budget allows
     * over the run (20 a second, plus one second's worth the limiter may grant at once when it is new). Counted in
     * all, not per one-second window: a start is seen here only when Redisson hands it back, after a scheduling delay
     * that can push a few starts into the next window; the per-window rule is checked where it matters, at the site,
     * by {@link ManyWorkersTest}.
     */
    @Test
    void requestStartsStayWithinTheRateAcrossWorkers() throws Exception {
        Site site = site(20, 100);
        List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<Object>> done = new ArrayList<>();
        long begin = System.nanoTime();
        // A slow Redis is not a down one here: this test is about the rate, not outages (those have their own tests).
        RedisBudgetSettings.Builder patient = RedisBudgetSettings.builder(redis.uri()).redisTimeout(Duration.ofSeconds(10));
        for (RedisSiteBudget budget : List.of(worker(patient), worker(patient))) {
            for (int t = 0; t < 4; t++) {
                done.add(threads.submit(() -> {
                    long end = begin + Duration.ofMillis(2500).toNanos();
                    while (System.nanoTime() < end) {
                        try (Permit p = budget.acquire(site, Duration.ofMillis(Math.max(1,
                                (end - System.nanoTime()) / 1_000_000)))) {
                            if (p != null && System.nanoTime() < end) {
                                starts.add(System.nanoTime());
                            }
                        }
                    }
                    return null;
                }));
            }
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        for (Future<Object> thread : done) {
            thread.get(); // a thread that failed fails the test with its error
        }

        assertThat(starts).as("starts in 2.5 s at 20 a second").hasSizeGreaterThan(40).hasSizeLessThanOrEqualTo(70);
    }

    @Test
    void aDeadWorkersPermitsComeBackWhenTheirLeaseEnds() throws Exception {
        Site site = site(1000, 2);
        RedisSiteBudget dying = RedisSiteBudget.connect(RedisBudgetSettings.builder(redis.uri())
                .leaseTime(Duration.ofSeconds(1)).build());
        assertThat(dying.acquire(site, NO_WAIT)).isNotNull();
        assertThat(dying.acquire(site, NO_WAIT)).isNotNull();
        dying.close(); // gone without releasing, as a killed worker would be

        SiteBudget survivor = worker();
        assertThat(survivor.acquire(site, NO_WAIT)).as("while the dead worker's leases run").isNull();
        assertThat(survivor.acquire(site, Duration.ofSeconds(3))).as("after the lease of one second").isNotNull();
    }

    @Test
    void failClosedMeansARetriableErrorThatSentNothing() throws Exception {
        Site site = site(1000, 2);
        SiteBudget budget = worker();
        assertThat(budget.acquire(site, NO_WAIT)).isNotNull();
        redis.kill();

        assertThatThrownBy(() -> budget.acquire(site, NO_WAIT))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.retriable()).isTrue();
                    assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
                    assertThat(e.getMessage()).contains("cannot be reached", "nothing was sent");
                });
    }

    @Test
    void localShareGoesOnWithinThisWorkersShareWhileRedisIsDown() throws Exception {
        Site site = site(1000, 4);
        SiteBudget budget = worker(RedisBudgetSettings.builder(redis.uri())
                .whenRedisDown(WhenRedisDown.LOCAL_SHARE).workers(2));
        redis.kill();

        Permit first = budget.acquire(site, NO_WAIT);
        Permit second = budget.acquire(site, NO_WAIT);
        assertThat(List.of(first, second)).doesNotContainNull();
        assertThat(budget.acquire(site, NO_WAIT)).as("a third in flight: the share of 2 workers is 4 / 2").isNull();
    }

    @Test
    void backOnRedisOnceItAnswersAgain() throws Exception {
        Site site = site(1000, 1);
        SiteBudget budget = worker(RedisBudgetSettings.builder(redis.uri())
                .whenRedisDown(WhenRedisDown.LOCAL_SHARE).workers(1).recheckAfter(Duration.ofMillis(100)));
        int port = redis.port();
        redis.kill();
        budget.acquire(site, NO_WAIT).close(); // served by the local share
        redis = RedisServer.startOn(port, dir);
        Thread.sleep(200);

        SiteBudget other = worker();
        try (Permit held = budget.acquire(site, Duration.ofSeconds(2))) {
            assertThat(held).isNotNull();
            assertThat(other.acquire(site, NO_WAIT)).as("the one permit is held in Redis again").isNull();
        }
    }

    @Test
    void settingsNeverShowTheRedisPassword() {
        RedisBudgetSettings s = RedisBudgetSettings.builder("redis://:s3cret-pass@127.0.0.1:6390").build();
        assertThat(s.toString()).doesNotContain("s3cret").contains("127.0.0.1:6390");
        assertThatThrownBy(() -> RedisBudgetSettings.builder("http://:s3cret@host x"))
                .hasMessageNotContaining("s3cret");
    }
}
