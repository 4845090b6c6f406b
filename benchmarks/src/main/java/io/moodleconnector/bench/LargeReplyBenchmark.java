package io.moodleconnector.bench;

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
    private OnOneServer sides;
    private byte[] body;

    @Setup(Level.Trial)
    public void setUp() {
        sides = OnOneServer.on(CannedServer.start(LargeReply.file()), 1000);
        body = Bodies.of(Bodies.catalogue(), "users.search", LargeReply.INPUT, sides.connection).get(0);
        MethodResult r = sides.requireSameRequest("users.search", LargeReply.INPUT, body);
        System.out.println("LARGE users=" + ((List<?>) r.data()).size());
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        sides.close();
    }

    @Benchmark
    public MethodResult connector() {
        return sides.connector.invoke("users.search", LargeReply.INPUT, sides.connection);
    }

    @Benchmark
    public Object baseline() {
        return sides.baseline.post(body);
    }
}
