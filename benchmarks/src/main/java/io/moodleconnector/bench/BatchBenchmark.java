package io.moodleconnector.bench;

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
 * through the plugin, against a hand-written OkHttp POST of the same pre-flattened body ({@code handwritten}, reported
 * and not judged, builds that body from the records per call). maxInputVars is 100000 so
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

    private OnOneServer sides;
    private Map<String, Object> input;
    private List<byte[]> bodies;
    private String function;

    @Setup(Level.Trial)
    public void setUp() {
        boolean users = method.equals("users.create-batch");
        input = users ? BatchInputs.users(RECORDS, "bench") : BatchInputs.enrolments(BatchInputs.ids(RECORDS));
        sides = OnOneServer.on(CannedServer.start(users ? BatchInputs.usersReply(RECORDS, "bench")
                : "null".getBytes(StandardCharsets.UTF_8)), 100_000);
        bodies = Bodies.of(Bodies.catalogue(), method, input, sides.connection);
        MethodResult result = sides.requireSameRequest(method, input, bodies.get(0));
        if (result.requests() != 1 || bodies.size() != 1 || result.items().size() != RECORDS) {
            throw new IllegalStateException("expected one request carrying " + RECORDS + " items, got "
                    + result.requests() + " requests (baseline " + bodies.size() + ") and " + result.items().size()
                    + " items");
        }
        function = users ? "core_user_create_users" : "enrol_manual_enrol_users";
        handwritten();
        Connections.requireSameBody(bodies.get(0), sides.server.lastBody());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sides.close();
    }

    @Benchmark
    public MethodResult connector() {
        return sides.connector.invoke(method, input, sides.connection);
    }

    /** What a developer would write for this one function: the body built from the records per call, no checks. */
    @Benchmark
    public Object handwritten() {
        return sides.baseline.postForm(Connections.TOKEN, function, input);
    }

    @Benchmark
    public Object baseline() {
        Object last = null;
        for (byte[] body : bodies) {
            last = sides.baseline.post(body);
        }
        return last;
    }
}
