package io.moodleconnector.bench;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * 1,000-record batches: {@code users.create-batch} (Create Users) and {@code enrolments.enrol-batch} (Enrol Users)
 * through the plugin, against a hand-written OkHttp POST of the same pre-flattened body. maxInputVars is 100000 so
 * that both send exactly one request (checked in setup), and the canned server answers as Moodle would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BatchBenchmark {
    private static final int RECORDS = 1000;

    @Param({"users.create-batch", "enrolments.enrol-batch"})
    public String method;

    private CannedServer server;
    private PluginLoader plugin;
    private Connector connector;
    private Connection connection;
    private Baseline baseline;
    private Map<String, Object> input;
    private List<byte[]> bodies;

    @Setup(Level.Trial)
    public void setUp() {
        boolean users = method.equals("users.create-batch");
        input = users ? BatchInputs.users(RECORDS, "bench") : BatchInputs.enrolments(BatchInputs.ids(RECORDS));
        server = CannedServer.start(users ? BatchInputs.usersReply(RECORDS, "bench")
                : "null".getBytes(StandardCharsets.UTF_8));
        plugin = PluginLoader.open();
        connector = plugin.connector();
        connection = Connections.to(server.url(), Connections.TOKEN, 100_000);
        baseline = new Baseline(server.endpoint());
        bodies = Bodies.of(Bodies.catalogue(), method, input, connection);
        MethodResult result = connector.invoke(method, input, connection);
        if (result.requests() != 1 || bodies.size() != 1 || result.items().size() != RECORDS) {
            throw new IllegalStateException("expected one request carrying " + RECORDS + " items, got "
                    + result.requests() + " requests (baseline " + bodies.size() + ") and " + result.items().size()
                    + " items");
        }
        byte[] sent = server.lastBody();
        baseline.post(bodies.get(0));
        Connections.requireSameBody(sent, server.lastBody());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        baseline.close();
        plugin.close();
        server.close();
    }

    @Benchmark
    public MethodResult connector() {
        return connector.invoke(method, input, connection);
    }

    @Benchmark
    public Object baseline() {
        Object last = null;
        for (byte[] body : bodies) {
            last = baseline.post(body);
        }
        return last;
    }
}
