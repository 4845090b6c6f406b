package io.moodleconnector.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.SiteBudget.Permit;
import io.moodleconnector.spi.SiteBudget.Site;
import io.moodleconnector.spi.TransportException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many threads of several workers wait for permits of the same site at once, on a real Redis that stays up, while
 * the worker is busy with other work: no request may be refused as "Redis cannot be reached". Each round is a site
 * no worker has used yet, so every round is also every worker's first use of a site, the threads arriving within a
 * few milliseconds of each other.
 *
 * <p>Before the fix (a site counted as set up before its rate limiter was in Redis), 12 of 16 runs of this test failed
 * on Redis's answer "ERR ... RateLimiter is not initialized", read as Redis being down, after which the worker
 * refused every request for {@code recheckAfter}. The busy threads make the race likely: without them it was 2 in 8
 * runs at 60 rounds; with other work on the machine too, fewer. Nothing here measures time: the threads only ask for
 * permits and count refusals.
 */
class ConcurrentWaitersTest {
    private static final int WORKERS = 4;
    private static final int THREADS_PER_WORKER = 12;
    private static final int ROUNDS = 150;
    /** Fewer slots than threads: most requests wait on the semaphore's channel for a release. */
    private static final int MAX_IN_FLIGHT = 4;
    /** Threads computing while the requests wait, as in a worker that has other work: they delay any thread. */
    private static final int BUSY_THREADS = 4;

    @TempDir
    Path dir;
    RedisServer redis;
    final List<RedisSiteBudget> budgets = new ArrayList<>();
    final AtomicBoolean busy = new AtomicBoolean(true);
    /** Where the busy threads put their work, so that it is done. */
    static volatile long spun;

    @BeforeEach
    void start() throws Exception {
        redis = RedisServer.start(dir);
        for (int w = 0; w < WORKERS; w++) {
            budgets.add(RedisSiteBudget.connect(RedisBudgetSettings.builder(redis.uri()).build()));
        }
        for (int b = 0; b < BUSY_THREADS; b++) {
            Thread spinner = new Thread(() -> {
                while (busy.get()) {
                    spun += System.nanoTime() % 7;
                }
            }, "busy-" + b);
            spinner.setDaemon(true);
            spinner.start();
        }
    }

    @AfterEach
    void stop() throws Exception {
        busy.set(false);
        budgets.forEach(RedisSiteBudget::close);
        redis.close();
    }

    @Test
    void threadsWaitingAtOnceOnANewSiteNeverSeeRedisAsDown() throws Exception {
        int threads = WORKERS * THREADS_PER_WORKER;
        CyclicBarrier together = new CyclicBarrier(threads);
        Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger granted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Object>> done = new ArrayList<>();
        for (RedisSiteBudget budget : budgets) {
            for (int t = 0; t < THREADS_PER_WORKER; t++) {
                done.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        Site site = new Site("waiters-" + round, 1000, MAX_IN_FLIGHT);
                        together.await(30, TimeUnit.SECONDS);
                        TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(3000));
                        try (Permit p = budget.acquire(site, Duration.ofSeconds(10))) {
                            if (p != null) {
                                granted.incrementAndGet();
                            }
                        } catch (TransportException e) {
                            refusals.computeIfAbsent(e.getMessage(), m -> new AtomicInteger()).incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        for (Future<Object> thread : done) {
            thread.get();
        }

        assertThat(refusals).as("requests refused while Redis was up (granted: %s)", granted).isEmpty();
        assertThat(granted).as("every request of every round granted within its wait").hasValue(threads * ROUNDS);
    }
}
