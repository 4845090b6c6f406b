package io.moodleconnector.bench;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.BatchChunker;
import io.moodleconnector.moodle.executor.Exchange;
import io.moodleconnector.moodle.executor.InputCheck;
import io.moodleconnector.moodle.executor.JsonValues;
import io.moodleconnector.moodle.executor.OutputNormaliser;
import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.moodle.executor.ReplyCheck;
import io.moodleconnector.moodle.executor.RequestMapper;
import io.moodleconnector.moodle.transport.Form;
import io.moodleconnector.spi.Connection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okio.Buffer;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * The connector's own work on a 1,000-record batch, without HTTP (whose loopback server costs both sides the same
 * and moves by milliseconds between runs, more than the differences measured here): before the send, validate
 * ({@code InputCheck}), and map, plan and write the body; after it, read, normalise and check the reply. Set against
 * what a call written by hand for the one function does: build the body with OkHttp's {@code FormBody} and write it
 * out, and parse the reply with Jackson. Run with {@code -prof gc} for the bytes per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BatchStagesBenchmark {
    private static final int RECORDS = 1000;

    @Param({"users.create-batch", "enrolments.enrol-batch"})
    public String method;

    private MethodDefinition definition;
    private InputCheck inputCheck;
    private Map<String, Object> input;
    private Connection connection;
    private byte[] reply;
    /** As the baseline's: Jackson's defaults. */
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Setup(Level.Trial)
    public void setUp() {
        Catalogue catalogue = Bodies.catalogue();
        definition = catalogue.method(method).orElseThrow();
        inputCheck = new InputCheck(catalogue);
        boolean users = method.equals("users.create-batch");
        input = users ? BatchInputs.users(RECORDS, "bench") : BatchInputs.enrolments(BatchInputs.ids(RECORDS));
        reply = users ? BatchInputs.usersReply(RECORDS, "bench") : "null".getBytes(StandardCharsets.UTF_8);
        connection = Connections.to("http://127.0.0.1:9", Connections.TOKEN, 100_000);
        Connections.requireSameBody(write().toByteArray(), handwrittenBody());
    }

    /** Stage 1: the input checked against the method's schema (the fast path proves it valid). */
    @Benchmark
    public Map<String, Object> validate() {
        inputCheck.validate(definition, input, () -> JsonValues.toTree(input));
        return input;
    }

    /** Stages 2-4: mapped, planned within maxInputVars, and written as the one request's body. */
    @Benchmark
    public Form write() {
        Object params = RequestMapper.map(definition.request(), input);
        BatchChunker.Plan plan = BatchChunker.plan(params, definition.batch(), connection.options().maxInputVars());
        return Exchange.form(definition.function(), connection, plan.params(0, plan.items()),
                plan.vars(0, plan.items()));
    }

    /** The reply read as it would stream in, normalised and checked against the output schema. */
    @Benchmark
    public Object readReply() {
        Object json = PlainJsonReader.read(new ByteArrayInputStream(reply));
        OutputNormaliser.Normalised n = OutputNormaliser.normalise(definition.output(), json);
        ReplyCheck.check(definition, json, n.data());
        return n.data();
    }

    /** By hand: the same body with OkHttp's FormBody, written out as OkHttp does when it sends it. */
    @Benchmark
    public byte[] handwrittenBody() {
        String function = method.equals("users.create-batch") ? "core_user_create_users" : "enrol_manual_enrol_users";
        try (Buffer out = new Buffer()) {
            Baseline.form(Connections.TOKEN, function, input).writeTo(out);
            return out.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** By hand: the reply parsed by Jackson to maps and lists. */
    @Benchmark
    public Object handwrittenReply() {
        return mapper.readValue(reply, Object.class);
    }
}
