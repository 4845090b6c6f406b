package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.sandbox.Arrival;
import io.moodleconnector.sandbox.MoodleSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI is consumable from a plain Maven project: connector-spi (its flattened POM) and connector-bom are installed
 * into a temporary local repository, a separate project outside the reactor (src/it/embedding-host: plain PF4J,
 * Jackson 2 as its own JSON library) is built against them offline, and run on the packaged plugin zip. The shared
 * ~/.m2 is only read: the temporary repository is seeded with hard links to it (copies across file systems).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddingProjectIT {
    private static final String BAD_CONFIG =
            "{\"url\":\"ftp://lms.example.edu\",\"token\":\" \",\"maxInFlight\":0,\"requestsPerSecond\":\"fast\"}";
    private static final String HUNG_TOKEN = "0123456789abcdef0123456789abcdef";
    private static final int RATE = 10;
    private static final int IN_FLIGHT = 2;
    private static final int CALLS = 48;

    private Path project;
    private Path plugins;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void installTheSpiAndBuildTheProject(@TempDir Path work) throws Exception {
        Path repo = work.resolve("repo");
        seed(Path.of(System.getProperty("local.repository")), repo);
        mvn(repo, work, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + System.getProperty("spi.jar"), "-DpomFile=" + System.getProperty("spi.pom"));
        mvn(repo, work, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + System.getProperty("bom.pom"), "-DpomFile=" + System.getProperty("bom.pom"));
        project = work.resolve("embedding-host");
        copyTree(Path.of(System.getProperty("embedding.project")), project);
        mvn(repo, project, "compile", "-Dconnector.version=" + System.getProperty("project.version"));
        plugins = PackagedPlugin.copyInto(Files.createDirectory(work.resolve("plugins")));
    }

    /**
     * Every file of the shared repository but this project's own artifacts: jars and POMs as hard links (Maven
     * replaces those by renaming, never rewrites them in place), bookkeeping files (which it may rewrite) as copies,
     * so nothing done in the temporary repository reaches the shared one.
     */
    private static void seed(Path shared, Path repo) throws IOException {
        Path own = shared.resolve("io/moodleconnector");
        try (Stream<Path> files = Files.walk(shared)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).filter(f -> !f.startsWith(own))::iterator) {
                Path target = repo.resolve(shared.relativize(f).toString());
                Files.createDirectories(target.getParent());
                String name = f.getFileName().toString();
                try {
                    if (name.endsWith(".jar") || name.endsWith(".pom")) {
                        Files.createLink(target, f);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void mvn(Path repo, Path dir, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-q", "-o", "-Dmaven.repo.local=" + repo));
        command.addAll(List.of(goals));
        Run run = run(command, dir);
        assertThat(run.exit()).as("%s%n%s%n%s", command, run.out(), run.err()).isZero();
    }

    private static Run run(List<String> command, Path dir) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run host(String... args) throws Exception {
        String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(project.resolve("target/classpath.txt"), StandardCharsets.UTF_8).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "com.example.platform.EmbeddingHost", plugins.toString()));
        command.addAll(List.of(args));
        return run(command, project);
    }

    @Test
    void theProjectResolvesTheSpiWithoutTheReactorParent() throws IOException {
        String classpath = Files.readString(project.resolve("target/classpath.txt"), StandardCharsets.UTF_8);
        assertThat(classpath).contains("connector-spi-" + System.getProperty("project.version") + ".jar")
                .contains("pf4j-" + System.getProperty("pf4j.version") + ".jar")
                .contains("jackson-databind-2.");
        assertThat(Files.readString(Path.of(System.getProperty("spi.pom")), StandardCharsets.UTF_8))
                .doesNotContain("<parent>");
    }

    @Test
    void theBomManagesThePf4jAndSlf4jThisBuildUses() throws IOException {
        String bom = Files.readString(Path.of(System.getProperty("bom.pom")), StandardCharsets.UTF_8);
        assertThat(bom).contains("<version>" + System.getProperty("project.version") + "</version>")
                .contains("<pf4j.version>" + System.getProperty("pf4j.version") + "</pf4j.version>")
                .contains("<slf4j.version>" + System.getProperty("slf4j.version") + "</slf4j.version>");
    }

    @Test
    void plainPf4jRendersTheConnectionSpecAndListsEveryProblemOfABadConfig() throws Exception {
        Run run = host(BAD_CONFIG);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("SPEC {\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"writeOnly\":true,\"secret\":true")
                .contains("PROBLEM /url ").contains("PROBLEM /token ").contains("PROBLEM /maxInFlight ")
                .contains("PROBLEM /requestsPerSecond ");
    }

    @Test
    void withJackson2OnTheHostsClasspathThePluginStillCallsASite() throws Exception {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).build().start()) {
            String config = "{\"url\":\"" + sandbox.url() + "\",\"token\":\"" + sandbox.token() + "\"}";
            Run run = host(config, "site.info");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("PROBLEM").contains("RESULT {").contains("\"sitename\":\"Moodle Lab\"")
                    .contains("EVENTS callStart=1 callEnd={ok=1} requestEnd={200=1}");
            assertThat(run.out() + run.err()).doesNotContain(sandbox.token());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * 16 threads, every call on a connector from a fresh {@code getExtensions}, against a site budget of 10 requests
     * per second and 2 in flight, measured at the server. The sandbox holds each request 200 ms, so the in-flight
     * bound paces arrivals near the rate: the budget's rate is a resilience4j limiter of 10 permits per one-second
     * period, which a sliding window at the server would otherwise see up to twice over at a period's edge when the
     * site answers at once. Budgets per instance would let 16 requests in at once.
     */
    @Test
    void sixteenThreadsOnFreshGetExtensionsInstancesStayWithinTheSitesBudget() throws Exception {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).threads(16).latency(Duration.ofMillis(200))
                .build().start()) {
            String config = "{\"url\":\"" + sandbox.url() + "\",\"token\":\"" + sandbox.token()
                    + "\",\"requestsPerSecond\":" + RATE + ",\"maxInFlight\":" + IN_FLIGHT + "}";
            Run run = host(config, "site.info", "16", String.valueOf(CALLS));
            System.out.println(run.out());
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out())
                    .contains("CALLS " + CALLS + " from 16 threads on " + CALLS + " connector instances: "
                            + CALLS + " ok")
                    .contains("EVENTS callStart=" + CALLS + " callEnd={ok=" + CALLS + "} requestEnd={200="
                            + CALLS + "}");

            List<Arrival> arrivals = sandbox.arrivals();
            int perSecond = maxPerSecond(arrivals);
            double span = (arrivals.get(arrivals.size() - 1).atNanos() - arrivals.get(0).atNanos()) / 1e9;
            System.out.printf(Locale.ROOT, "MEASURE %d requests over %.2f s at the server; at most %d in any"
                    + " one-second window (budget %d/s), at most %d in flight (budget %d)%n",
                    arrivals.size(), span, perSecond, RATE, sandbox.maxConcurrentRequests(), IN_FLIGHT);
            assertThat(arrivals).hasSize(CALLS);
            assertThat(perSecond).as("requests arriving in any one-second window").isLessThanOrEqualTo(RATE + 1);
            assertThat(sandbox.maxConcurrentRequests()).as("requests in flight at the server").isEqualTo(IN_FLIGHT);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The most arrivals within any window shorter than one second. */
    private static int maxPerSecond(List<Arrival> arrivals) {
        List<Long> times = new ArrayList<>(arrivals.stream().map(Arrival::atNanos).sorted().toList());
        int most = 0;
        int from = 0;
        for (int to = 0; to < times.size(); to++) {
            while (times.get(to) - times.get(from) >= 1_000_000_000L) {
                from++;
            }
            most = Math.max(most, to - from + 1);
        }
        return most;
    }

    /**
     * A site that accepts the connection, reads the request and never answers: the host cancels the call from
     * another thread 1.5 s in (long enough for a cold JVM to have sent the request), through its
     * {@code Cancellation} handle, and the call ends with {@code cancelled} at once rather than at the 10 s read
     * timeout. The contract says within 100 ms; the assertion leaves room for a loaded machine (a JVM pause) and the
     * figure is printed.
     */
    @Test
    void aHungCallIsCancelledFromAnotherThreadLongBeforeTheReadTimeout() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        StringBuffer received = new StringBuffer();
        try (ServerSocket hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> holdEveryConnection(hung, held, received), "hung-site");
            acceptor.setDaemon(true);
            acceptor.start();
            String config = "{\"url\":\"http://127.0.0.1:" + hung.getLocalPort() + "/\",\"token\":\""
                    + HUNG_TOKEN + "\",\"readTimeout\":10000}";
            Run run = host(config, "site.info", "cancel", "1500");
            System.out.println(run.out());
            assertThat(run.exit()).as(run.err()).isZero();
            Matcher cancelled = Pattern.compile("CANCELLED code=(\\w+) outcome=(\\w+) in ([0-9.]+) ms after"
                    + " cancel\\(\\) \\(call ran (\\d+) ms\\)").matcher(run.out());
            assertThat(cancelled.find()).as(run.out()).isTrue();
            assertThat(cancelled.group(1)).isEqualTo("cancelled");
            assertThat(cancelled.group(2)).isEqualTo("NOT_APPLIED");
            double afterCancel = Double.parseDouble(cancelled.group(3));
            System.out.printf(Locale.ROOT, "MEASURE the hung call ended %.1f ms after cancel() (read timeout"
                    + " 10000 ms)%n", afterCancel);
            assertThat(afterCancel).as("ms from cancel() to the call's end").isLessThan(1000);
            assertThat(Long.parseLong(cancelled.group(4))).as("ms the call ran").isLessThan(10_000);
            assertThat(received.toString()).as("what the hung site received").startsWith("POST ");
            assertThat(run.out()).contains("EVENTS callStart=1 callEnd={cancelled=1} requestEnd={0=1}");
            assertThat(run.out() + run.err()).doesNotContain(HUNG_TOKEN);
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Accepts every connection and reads what it sends, but never answers. */
    private static void holdEveryConnection(ServerSocket server, List<Socket> held, StringBuffer received) {
        try {
            while (true) {
                Socket socket = server.accept();
                held.add(socket);
                Thread reader = new Thread(() -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = socket.getInputStream()) {
                        for (int n; (n = in.read(buffer)) > 0; ) {
                            received.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
                        }
                    } catch (IOException closed) {
                        // the client aborted the exchange, or the test ended
                    }
                }, "hung-site-reader");
                reader.setDaemon(true);
                reader.start();
            }
        } catch (IOException closed) {
            // the test closed the server socket
        }
    }
}
