package io.moodleconnector.bench;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.JsonValues;
import io.moodleconnector.moodle.executor.OutputNormaliser;
import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.moodle.executor.ReplyCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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

/**
 * What checking a reply against the method's declared output costs, two ways, on the 47.7 MB users.search reply
 * ({@link LargeReply}) and on the one-group groups.create reply: {@link ReplyCheck} walking the plain values (the
 * one the connector uses), and networknt validating a Jackson tree of the same data (tree conversion included, as
 * the executor holds plain values). Reading and normalising are done once in setup and not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ReplyCheckBenchmark {
    private MethodDefinition users;
    private Schema usersSchema;
    private Object usersReply;
    private Object usersData;
    private MethodDefinition group;
    private Schema groupSchema;
    private Object groupReply;
    private Object groupData;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Catalogue catalogue = Bodies.catalogue();
        users = catalogue.method("users.search").orElseThrow();
        usersSchema = catalogue.outputSchema("users.search");
        try (InputStream in = Files.newInputStream(LargeReply.file())) {
            usersReply = PlainJsonReader.read(in);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        usersData = OutputNormaliser.normalise(users.output(), usersReply).data();
        group = catalogue.method("groups.create").orElseThrow();
        groupSchema = catalogue.outputSchema("groups.create");
        groupReply = PlainJsonReader.read(new java.io.ByteArrayInputStream(Samples.createOneGroupReply()));
        groupData = OutputNormaliser.normalise(group.output(), groupReply).data();
    }

    @Benchmark
    public Object largePlainWalk() {
        ReplyCheck.check(users, usersReply, usersData);
        return usersData;
    }

    @Benchmark
    public Object largeNetworkntTree() {
        return usersSchema.validate(JsonValues.toTree(usersData)).size();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object smallPlainWalk() {
        ReplyCheck.check(group, groupReply, groupData);
        return groupData;
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Object smallNetworkntTree() {
        return groupSchema.validate(JsonValues.toTree(((java.util.List<?>) groupData).get(0))).size();
    }
}
