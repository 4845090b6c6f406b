package io.moodleconnector.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
 * Cold start: a fresh JVM per sample ({@link ColdStartMain}) from launch to exit, for the Moodle plugin (JVM start,
 * host start, plugin load, catalogue load and schema compilation, {@code methods()}, one invoke against a local
 * canned server) against the same JVM and host loading an empty PF4J plugin. Each plugin zip sits in a folder of its
 * own; the warmup launch unpacks it, so the samples measure a host starting on an unpacked plugin. Report the
 * median (JMH's p0.50 for SingleShotTime). {@code handwritten} is the floor: the empty plugin's host then making the
 * same call by hand with OkHttp and Jackson, in the same fresh JVM (what calling Moodle costs at all with these
 * libraries, before any connector work); {@code okhttp} the same call with OkHttp alone, the reply not parsed.
 *
 * <p>{@code cds=app} runs every sample with a dynamic AppCDS archive ({@code -XX:SharedArchiveFile}) recorded by one
 * training launch of the same command at setup ({@code -XX:ArchiveClassesAtExit}), as {@code ./connector} does;
 * {@code cds=none} with the JDK's default archive only. Each plugin is compared with the empty one at the same
 * setting. {@code flags=launcher} runs every JVM of the trial with {@code ./connector}'s options
 * ({@code connector.jvmopts}: C1 only, serial GC), {@code flags=default} with the JVM's own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 15)
@Fork(1)
public class ColdStartBenchmark {
    @Param({"moodle", "empty", "handwritten", "okhttp"})
    public String plugin;

    @Param({"none", "app"})
    public String cds;

    /** {@code default}: the JVM's own; {@code launcher}: the options {@code ./connector} runs with. */
    @Param({"default", "launcher"})
    public String flags;

    private CannedServer server;
    private Path dir;
    private List<String> command;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        server = CannedServer.start(Samples.createOneGroupReply());
        dir = Files.createTempDirectory("bench-cold-" + plugin);
        Path zip = plugin.equals("moodle") ? Repo.pluginZip() : Repo.emptyPluginZip(); // the floors load the empty one
        Files.copy(zip, dir.resolve(zip.getFileName()));
        List<String> java = concat(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()),
                flags.equals("launcher") ? Repo.launcherOptions() : List.of());
        List<String> main = List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                System.getProperty("java.class.path"), ColdStartMain.class.getName(), plugin, dir.toString(),
                server.url());
        if (cds.equals("app")) {
            Path archive = dir.resolve("app.jsa");
            launch(concat(concat(java, List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds*=off")), main));
            command = concat(concat(java, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off")), main);
        } else {
            command = concat(java, main);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        server.close();
        PluginLoader.delete(dir);
    }

    @Benchmark
    public int coldStart() throws InterruptedException {
        return launch(command);
    }

    private static int launch(List<String> command) throws InterruptedException {
        try {
            // Inherited: the child logs only warnings, and a failure's stack trace lands in JMH's output.
            Process p = new ProcessBuilder(command).inheritIO().start();
            int exit = p.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the cold-start JVM exited with " + exit + ": " + command);
            }
            return exit;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
