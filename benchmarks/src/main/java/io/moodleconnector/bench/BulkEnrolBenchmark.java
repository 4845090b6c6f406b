package io.moodleconnector.bench;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Bulk: 10,000 enrolments against the Moodle sandbox (PHP's default max_input_vars of 1000, the connector's default
 * maxInputVars of 1000), chunked by the connector ({@code enrolments.enrol-batch}) versus one call per record
 * ({@code enrolments.enrol} × 10,000). The sandbox refuses to enrol unknown user ids (Moodle's "User ID does not
 * exist" coding error), so setup first creates 10,000 users through {@code users.create-batch}. Re-enrolling an
 * enrolled user replaces the enrolment, so every iteration does the same work. Each iteration prints the requests
 * the sandbox received ({@code BULK <benchmark> requests=N}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BulkEnrolBenchmark {
    private static final int RECORDS = 10_000;

    private MoodleSandbox sandbox;
    private PluginLoader plugin;
    private Connector connector;
    private Connection connection;
    private Map<String, Object> batchInput;
    private List<Map<String, Object>> singleInputs;
    private long requestsBefore;

    @Setup(Level.Trial)
    public void setUp() {
        Loopback.tune();
        sandbox = MoodleSandbox.builder().port(0).maxInputVars(1000).threads(4).build().start();
        plugin = PluginLoader.open();
        connector = plugin.connector();
        // Default options but for the limiter: at 10 requests a second the per-record run would take 17 minutes
        // and measure nothing but the limiter.
        // maxInputVars set to the sandbox's 1000: left unset, the connector would size requests for the 5000 that
        // Moodle 4.5 (the sandbox's release) requires, and this sandbox is configured below that on purpose.
        ConnectionOptions options = ConnectionOptions.builder().requestsPerSecond(1_000_000).maxInFlight(4)
                .maxInputVars(1000).build();
        connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()), options);
        MethodResult created = connector.invoke("users.create-batch", BatchInputs.users(RECORDS, "bulk"), connection);
        List<Long> ids = new ArrayList<>();
        for (Object user : (List<?>) created.data()) {
            ids.add(((Number) ((Map<?, ?>) user).get("id")).longValue());
        }
        batchInput = BatchInputs.enrolments(ids);
        singleInputs = ids.stream().map(id -> Map.<String, Object>of("userid", id, "courseid", 2)).toList();
    }

    @Setup(Level.Iteration)
    public void countFrom() {
        requestsBefore = sandbox.requestCount();
    }

    @TearDown(Level.Iteration)
    public void report(BenchmarkParams params) {
        String name = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        System.out.println("BULK " + name + " requests=" + (sandbox.requestCount() - requestsBefore) + " enrolments="
                + sandbox.inspect(s -> s.enrolments().stream().filter(e -> e.courseId() == 2).count()));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        plugin.close();
        sandbox.close();
    }

    @Benchmark
    public MethodResult chunked() {
        return connector.invoke("enrolments.enrol-batch", batchInput, connection);
    }

    @Benchmark
    public int perRecord() {
        int requests = 0;
        for (Map<String, Object> input : singleInputs) {
            requests += connector.invoke("enrolments.enrol", input, connection).requests();
        }
        return requests;
    }
}
