package io.moodleconnector.bench;

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
 * core_group_create_groups reply for one group). {@code handwritten} also builds that body from the input per call,
 * as code written for this one function would (reported, not judged).
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

    private OnOneServer sides;
    private byte[] body;

    @Setup(Level.Trial)
    public void setUp() {
        sides = OnOneServer.on(CannedServer.start(Samples.createOneGroupReply()), 1000);
        body = Bodies.of(Bodies.catalogue(), "groups.create", INPUT, sides.connection).get(0);
        sides.requireSameRequest("groups.create", INPUT, body);
        handwritten();
        Connections.requireSameBody(body, sides.server.lastBody());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sides.close();
    }

    @Benchmark
    public MethodResult connector() {
        return sides.connector.invoke("groups.create", INPUT, sides.connection);
    }

    @Benchmark
    public Object baseline() {
        return sides.baseline.post(body);
    }

    /** What a developer would write for this one call: the body built from the input per call, no validation. */
    @Benchmark
    public Object handwritten() {
        return sides.baseline.postForm(Connections.TOKEN, "core_group_create_groups", Map.of("groups", List.of(INPUT)));
    }
}
