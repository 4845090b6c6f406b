package io.moodleconnector.bench;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import java.util.List;
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
 * Large replies: {@code users.search} answered with a ~50 MB core_user_get_users reply ({@link LargeReply}),
 * through the plugin (read, classify, normalise with timestamp and boolean conversions, plain Java values), against
 * the hand-written POST that parses the same bytes to plain Java values. Time per call; {@code -prof gc} gives the
 * bytes allocated per call. Peak heap is measured separately by {@link LargeReplyHeap}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class LargeReplyBenchmark {
    private CannedServer server;
    private PluginLoader plugin;
    private Connector connector;
    private Connection connection;
    private Baseline baseline;
    private byte[] body;

    @Setup(Level.Trial)
    public void setUp() {
        server = CannedServer.start(LargeReply.file());
        plugin = PluginLoader.open();
        connector = plugin.connector();
        connection = Connections.to(server.url(), Connections.TOKEN, 1000);
        baseline = new Baseline(server.endpoint());
        body = Bodies.of(Bodies.catalogue(), "users.search", LargeReply.INPUT, connection).get(0);
        MethodResult r = connector.invoke("users.search", LargeReply.INPUT, connection);
        System.out.println("LARGE users=" + ((List<?>) r.data()).size());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        baseline.close();
        plugin.close();
        server.close();
    }

    @Benchmark
    public MethodResult connector() {
        return connector.invoke("users.search", LargeReply.INPUT, connection);
    }

    @Benchmark
    public Object baseline() {
        return baseline.post(body);
    }
}
