package io.moodleconnector.budget.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.sandbox.Arrival;
import io.moodleconnector.sandbox.MoodleSandbox;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.config.Config;

/**
 * Four worker JVMs with eight threads each call one slow site (the sandbox holds every request 120 ms) through the
 * real plugin zip; the site's budget is 20 requests per second and 3 in flight. The sandbox records when each
 * request arrived and how many were in flight with it.
 */
class ManyWorkersTest {
    private static final double RATE = 20;
    private static final int IN_FLIGHT = 3;
    private static final int WORKERS = 4;
    private static final int THREADS = 8;

    @TempDir
    Path dir;
    RedisServer redis;
    MoodleSandbox sandbox;
    final List<Process> workers = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        redis = RedisServer.start(dir);
        sandbox = MoodleSandbox.builder().threads(16).latency(Duration.ofMillis(120)).build().start();
    }

    @AfterEach
    void stop() throws Exception {
        workers.forEach(Process::destroyForcibly);
        sandbox.close();
        redis.close();
    }

    @Test
    void fourWorkersTogetherStayWithinTheSitesBudget() throws Exception {
        for (int w = 0; w < WORKERS; w++) {
            workers.add(worker(w, redis.uri(), 6, 60_000));
        }
        for (int w = 0; w < WORKERS; w++) {
            assertThat(await(workers.get(w))).as("worker %d; its stderr: %s", w, stderr(w))
                    .isEqualTo("done ok=" + (THREADS * 6) + " failed=0");
        }

        List<Arrival> arrivals = sandbox.arrivals();
        assertThat(arrivals).hasSize(WORKERS * THREADS * 6);
        assertThat(sandbox.maxConcurrentRequests()).as("requests in flight at the site").isLessThanOrEqualTo(IN_FLIGHT);
        assertThat(Windows.maxPerSecond(arrivals.stream().map(Arrival::atNanos).toList()))
                .as("requests arriving in any one-second window").isLessThanOrEqualTo((int) (RATE * 1.1));
    }

    @Test
    void withoutTheSharedBudgetFourWorkersSendFourTimesTheBound() throws Exception {
        for (int w = 0; w < WORKERS; w++) {
            workers.add(worker(w, "none", 3, 60_000));
        }
        for (Process p : workers) {
            assertThat(await(p)).startsWith("done");
        }
        // The control: each worker alone keeps its own bound, so together they exceed the site's.
        assertThat(sandbox.maxConcurrentRequests()).isGreaterThan(IN_FLIGHT);
    }

    @Test
    void aKilledWorkersPermitsComeBackWithinTheLease() throws Exception {
        long leaseMillis = 2_000;
        for (int w = 0; w < WORKERS; w++) {
            workers.add(worker(w, redis.uri(), 4, leaseMillis));
        }
        Process victim = workers.get(0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (sandbox.requestCount() < 10 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sandbox.requestCount()).as("requests before the kill").isGreaterThanOrEqualTo(10);
        victim.destroyForcibly().waitFor(); // mid-run: it held permits for requests the sandbox is still serving
        for (Process p : workers.subList(1, WORKERS)) {
            assertThat(await(p)).startsWith("done ok=");
        }

        Config config = new Config();
        config.useSingleServer().setAddress(redis.uri());
        RedissonClient client = Redisson.create(config);
        try {
            var keys = new ArrayList<String>();
            client.getKeys().getKeysByPattern("moodle-connector:budget:*:inflight").forEach(keys::add);
            assertThat(keys).hasSize(1);
            var semaphore = client.getPermitExpirableSemaphore(keys.get(0));
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(leaseMillis + 1_000);
            while (semaphore.availablePermits() < IN_FLIGHT && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(semaphore.availablePermits()).as("permits back within the lease").isEqualTo(IN_FLIGHT);
        } finally {
            client.shutdown();
        }
    }

    private Process worker(int n, String redisUri, int callsPerThread, long leaseMillis) throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins-" + n));
        Path zip = Path.of(System.getProperty("plugins.dir"), System.getProperty("plugin.zip.name"));
        assertThat(zip).as("the plugin zip; moodle-connector must be packaged first (mvn -B verify)").isRegularFile();
        Files.copy(zip, plugins.resolve(zip.getFileName()));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                BudgetWorker.class.getName(), plugins.toString(), sandbox.url(), sandbox.token(), redisUri,
                String.valueOf(THREADS), String.valueOf(callsPerThread), String.valueOf(RATE),
                String.valueOf(IN_FLIGHT), String.valueOf(leaseMillis))
                .redirectError(dir.resolve("worker-" + n + ".err").toFile())
                .start();
    }

    /** The last lines a worker wrote on stderr, for a failure's message. */
    private String stderr(int n) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve("worker-" + n + ".err"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    /** The worker's last line once it has ended. */
    private String await(Process p) throws Exception {
        String last = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                last = line;
            }
        }
        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return last;
    }
}
