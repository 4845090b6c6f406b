package io.moodleconnector.moodle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.MethodResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many host threads through one connector to one Moodle sandbox: every call answered correctly and matched to its
 * own input, the in-flight bound respected at the server, and no HTTP thread or connection left after close.
 */
class ConcurrencyTest {
    private static final int THREADS = 50;
    private static final int CALLS_PER_THREAD = Integer.getInteger("reliability.calls", 1000);
    private static final int MAX_IN_FLIGHT = 4;
    /** The seeded users of the sandbox that are not deleted (9 was deleted in the lab). */
    private static final long[] USER_IDS = {1, 2, 3, 4, 5, 6, 7, 8, 10};

    @Test
    @Timeout(300)
    void fiftyThreadsOfAThousandCallsAllSucceedMatchedToTheirInputWithinTheInFlightBound() throws Exception {
        Set<Thread> baseline = Threads.live();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        AtomicInteger done = new AtomicInteger();
        MoodleConnector connector = new MoodleConnector();
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).threads(8).recordLimit(0).build().start()) {
            ConnectionOptions options = ConnectionOptions.builder()
                    .maxInFlight(MAX_IN_FLIGHT)
                    .requestsPerSecond(1_000_000)
                    .callTimeout(Duration.ofSeconds(30))
                    .build();
            Connection connection = Reliability.connection(sandbox.url(), sandbox.token(), options);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> callers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                Thread caller = new Thread(() -> {
                    await(start);
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        long id = USER_IDS[(thread + i) % USER_IDS.length];
                        call(connector, connection, id, problems);
                        done.incrementAndGet();
                    }
                }, "caller-" + t);
                caller.start();
                callers.add(caller);
            }
            long t0 = System.nanoTime();
            start.countDown();
            for (Thread caller : callers) {
                caller.join();
            }
            System.out.printf("MEASURE %d calls in %d ms%n", done.get(), (System.nanoTime() - t0) / 1_000_000);
            assertThat(problems).as("failed or mismatched calls (first few)").isEmpty();
            assertThat(done.get()).isEqualTo(THREADS * CALLS_PER_THREAD);
            assertThat(sandbox.requestCount()).as("requests at the server").isEqualTo(THREADS * CALLS_PER_THREAD);
            assertThat(sandbox.maxConcurrentRequests()).as("peak requests in flight at the server")
                    .isLessThanOrEqualTo(MAX_IN_FLIGHT).isGreaterThan(1);
            assertThat(connector.connectionsInUse()).as("connections still checked out").isZero();
        } finally {
            connector.close();
            // The HTTP threads belong to the plugin load, shared by every instance: stopping the plugin frees them.
            new io.moodleconnector.moodle.MoodleConnectorPlugin().stop();
        }
        assertThat(Threads.awaitGone(baseline, 5_000)).as("threads still alive after close()").isEmpty();
    }

    private static void call(MoodleConnector connector, Connection connection, long id,
                             ConcurrentLinkedQueue<String> problems) {
        try {
            MethodResult r = connector.invoke("users.get", Map.of("id", id), connection);
            Object got = r.data() instanceof Map<?, ?> user ? user.get("id") : r.data();
            if (!Long.valueOf(id).equals(got)) {
                note(problems, "users.get " + id + " answered id " + got);
            }
        } catch (RuntimeException e) {
            note(problems, "users.get " + id + " threw " + e);
        }
    }

    private static void note(ConcurrentLinkedQueue<String> problems, String problem) {
        if (problems.size() < 10) {
            problems.add(problem);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
