package io.moodleconnector.bench;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Per-call overhead: {@code groups.create} (Create Group) invoked through the plugin loaded by PF4J, against a
 * hand-written OkHttp POST of the same body to the same canned server returning the same reply (Moodle's real
 * core_group_create_groups reply for one group).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SingleCallBenchmark {
    static final Map<String, Object> INPUT = Map.of("courseid", 2, "name", "Connector Group 618711",
            "description", "Made by REST", "idnumber", "CG-618711");

    private CannedServer server;
    private PluginLoader plugin;
    private Connector connector;
    private Connection connection;
    private Baseline baseline;
    private byte[] body;

    @Setup(Level.Trial)
    public void setUp() {
        server = CannedServer.start(Samples.createOneGroupReply());
        plugin = PluginLoader.open();
        connector = plugin.connector();
        connection = Connections.to(server.url(), Connections.TOKEN, 1000);
        baseline = new Baseline(server.endpoint());
        Catalogue catalogue = Bodies.catalogue();
        List<byte[]> bodies = Bodies.of(catalogue, "groups.create", INPUT, connection);
        body = bodies.get(0);
        connector.invoke("groups.create", INPUT, connection);
        byte[] sent = server.lastBody();
        baseline.post(body);
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
        return connector.invoke("groups.create", INPUT, connection);
    }

    @Benchmark
    public Object baseline() {
        return baseline.post(body);
    }
}
