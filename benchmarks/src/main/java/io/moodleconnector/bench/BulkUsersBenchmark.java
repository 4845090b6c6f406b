package io.moodleconnector.bench;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PartialFailureException;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Bulk user creation with bad records: {@code users.create-batch} of 2,500 users (5 form variables each) against a
 * fresh sandbox per iteration (Moodle 4.5, PHP max_input_vars 5000, every request one transaction), with 0, 1 or 10
 * taken usernames spread over the batch. The connector isolates the bad records by halving the requests Moodle
 * refused. Each iteration prints {@code BULK users bad=B requests=N done=D failed=F} (requests as the sandbox counted
 * them, including the one site-info request a new connection makes to learn the release).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class BulkUsersBenchmark {
    private static final int USERS = 2500;

    @Param({"0", "1", "10"})
    public int bad;

    private PluginLoader plugin;
    private MoodleSandbox sandbox;
    private Connection connection;
    private Map<String, Object> input;
    private int iteration;
    private int done;
    private int failed;

    @Setup(Level.Trial)
    public void load() {
        Loopback.tune();
        plugin = PluginLoader.open();
    }

    @Setup(Level.Iteration)
    public void freshSite() {
        sandbox = MoodleSandbox.builder().port(0).build().start();
        connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()),
                ConnectionOptions.builder().requestsPerSecond(1_000_000).build());
        input = users("it" + (iteration++) + "u", bad);
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.println("BULK users bad=" + bad + " requests=" + sandbox.requestCount() + " done=" + done
                + " failed=" + failed);
        sandbox.close();
    }

    @TearDown(Level.Trial)
    public void close() {
        plugin.close();
    }

    @Benchmark
    public int createUsers() {
        List<ItemOutcome> items;
        try {
            MethodResult r = plugin.connector().invoke("users.create-batch", input, connection);
            items = r.items();
        } catch (PartialFailureException e) {
            items = e.items();
        } catch (ConnectorException e) {
            items = e.items();
        }
        done = (int) items.stream().filter(i -> i.status() == ItemOutcome.Status.DONE).count();
        failed = (int) items.stream().filter(i -> i.status() == ItemOutcome.Status.FAILED).count();
        return done;
    }

    /** 2,500 users; {@code bad} of them, evenly spread, reuse the lab's username {@code labstudent1}. */
    static Map<String, Object> users(String prefix, int bad) {
        Map<String, Object> batch = BatchInputs.users(USERS, prefix);
        List<Object> users = new ArrayList<>((List<?>) batch.get("users"));
        for (int k = 0; k < bad; k++) {
            int at = (int) ((k + 0.5) * USERS / bad);
            @SuppressWarnings("unchecked")
            Map<String, Object> u = new java.util.LinkedHashMap<>((Map<String, Object>) users.get(at));
            u.put("username", "labstudent1");
            users.set(at, u);
        }
        return Map.of("users", users);
    }
}
