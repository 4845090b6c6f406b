package io.moodleconnector.bench;

import io.moodleconnector.budget.redis.RedisBudgetSettings;
import io.moodleconnector.budget.redis.RedisSiteBudget;
import io.moodleconnector.spi.MethodResult;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the shared site budget adds to one request: {@code groups.create} through a plugin whose budget is kept in a
 * real {@code redis-server} on loopback ({@code connector}), against the same call through a plugin with its
 * in-process budget ({@code baseline}), each on its own canned server with Moodle's real reply. The site's limits
 * are far above what one thread sends, so the figure is the budget's round trips, not waiting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SharedBudgetBenchmark {
    private Process redis;
    private RedisSiteBudget budget;
    private OnOneServer inProcess;
    private OnOneServer shared;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path dir = Files.createTempDirectory("bench-redis");
        redis = new ProcessBuilder("redis-server", "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", dir.toString())
                .redirectOutput(dir.resolve("redis.log").toFile()).redirectErrorStream(true).start();
        Thread.sleep(300);
        budget = RedisSiteBudget.connect(RedisBudgetSettings.builder("redis://127.0.0.1:" + port).build());
        inProcess = OnOneServer.on(CannedServer.start(Samples.createOneGroupReply()), 1000);
        shared = OnOneServer.on(CannedServer.start(Samples.createOneGroupReply()), 1000);
        shared.connector.useSiteBudget(budget);
        shared.connector.invoke("groups.create", SingleCallBenchmark.INPUT, shared.connection);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException, InterruptedException {
        shared.close();
        inProcess.close();
        budget.close();
        redis.destroy();
        redis.waitFor();
    }

    @Benchmark
    public MethodResult connector() {
        return shared.connector.invoke("groups.create", SingleCallBenchmark.INPUT, shared.connection);
    }

    @Benchmark
    public MethodResult baseline() {
        return inProcess.connector.invoke("groups.create", SingleCallBenchmark.INPUT, inProcess.connection);
    }
}
