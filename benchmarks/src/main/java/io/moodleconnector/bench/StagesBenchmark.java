package io.moodleconnector.bench;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.Exchange;
import io.moodleconnector.moodle.transport.Form;
import io.moodleconnector.moodle.executor.InputValidator;
import io.moodleconnector.moodle.executor.JsonValues;
import io.moodleconnector.moodle.executor.OutputNormaliser;
import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.moodle.executor.RequestMapper;
import io.moodleconnector.spi.Connection;
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
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.JsonNode;

/**
 * The executor's own stages for one {@code groups.create} call, without HTTP: validate (input to tree, schema check),
 * map + flatten (parameters, protocol fields and PHP form fields), normalise (reply bytes parsed, data selected and
 * converted, {@code single}, plain Java values). Run with {@code -prof gc} for the bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StagesBenchmark {
    private MethodDefinition method;
    private Schema schema;
    private byte[] reply;
    private Connection connection;

    @Setup(Level.Trial)
    public void setUp() {
        Catalogue catalogue = Bodies.catalogue();
        method = catalogue.method("groups.create").orElseThrow();
        schema = catalogue.inputSchema("groups.create");
        reply = Samples.createOneGroupReply();
        connection = Connections.to("http://127.0.0.1:9", Connections.TOKEN, 1000);
    }

    @Benchmark
    public JsonNode validate() {
        JsonNode tree = JsonValues.toTree(SingleCallBenchmark.INPUT);
        InputValidator.validate(schema, tree);
        return tree;
    }

    @Benchmark
    public Form mapAndFlatten() {
        Object params = RequestMapper.map(method.request(), SingleCallBenchmark.INPUT);
        return Exchange.form(method.function(), connection, params);
    }

    @Benchmark
    public Object normalise() {
        Object json = PlainJsonReader.read(new java.io.ByteArrayInputStream(reply));
        OutputNormaliser.Normalised n = OutputNormaliser.normalise(method.output(), json);
        return OutputNormaliser.single(n.data(), "groups.create");
    }

    /** Reference point for normalise: the same bytes parsed straight to plain Java values. */
    @Benchmark
    public Object parseOnly() {
        return JsonValues.MAPPER.readValue(reply, Object.class);
    }
}
