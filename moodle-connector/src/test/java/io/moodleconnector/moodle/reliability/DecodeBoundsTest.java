package io.moodleconnector.moodle.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 10, item 3: the largest reply allowed fits in a heap of 4x its byte cap. Each case runs one call in a child
 * JVM with {@code -Xmx} = 4 x maxResponseBytes (16 MiB cap, 64 MiB heap) against a loopback server that streams a
 * generated reply just under the cap (chunked, so no length is declared): replies that decode to far more than their
 * bytes fail with a TransportException naming the bound, never an OutOfMemoryError; a Moodle-shaped reply of the
 * same size succeeds. Before the bounds, {@code {"a":1},...} of 64 MiB reached 723 MB and died at 256 MB.
 */
class DecodeBoundsTest {
    /** The cap in MiB: 16 by default; {@code -DdecodeBounds.capMiB=64} repeats the 64 MiB / 256 MB run. */
    private static final long CAP = Long.getLong("decodeBounds.capMiB", 16) * 1024 * 1024;
    /** Every reply stops this far under the cap, so that the byte cap is not what refuses it. */
    private static final long SIZE = CAP - 4096;
    private static final Map<String, IntFunction<String>> ELEMENTS = Map.of(
            "objects", i -> "{\"a\":1}",
            "zeros", i -> "0",
            "decimals", i -> "1.5",
            "strings", i -> "\"s" + i + "\"",
            "keys", i -> "{\"k" + i + "\":" + i + "}",
            "users", DecodeBoundsTest::user);
    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String kind = exchange.getRequestURI().getPath().split("/")[1];
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0); // chunked: the size is not declared
            try (OutputStream out = new BufferedOutputStream(exchange.getResponseBody(), 1 << 16)) {
                write(kind, out);
            } catch (IOException e) {
                // the client stopped reading: the bound did its job
            }
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"objects", "zeros", "decimals", "strings", "keys", "nesting", "onestring"})
    void aReplyThatDecodesFarBeyondItsBytesFailsAsATransportErrorWithinFourTimesTheCap(String kind) throws Exception {
        String result = runChild(kind);

        assertThat(result).startsWith("RESULT TransportException")
                .contains("more than the connector decodes for a maxResponseBytes of " + CAP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"users"})
    void aMoodleShapedReplyJustUnderTheCapSucceedsWithinFourTimesTheCap(String kind) throws Exception {
        String result = runChild(kind);

        assertThat(result).startsWith("RESULT ok ");
        assertThat(Integer.parseInt(result.substring("RESULT ok ".length()))).isGreaterThan(10_000);
    }

    private static String runChild(String kind) throws Exception {
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/" + kind;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + (4 * CAP / (1024 * 1024)) + "m",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", DecodeBoundsChild.class.getName(), url,
                Long.toString(CAP)));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst().orElse("no RESULT: " + output);
        assertThat(child.exitValue()).as(result).isZero();
        return result;
    }

    /** A reply of this kind, just under the cap. */
    private static void write(String kind, OutputStream out) throws IOException {
        long written = 0;
        if (kind.equals("nesting")) {
            for (; written < SIZE / 2; written++) {
                out.write('[');
            }
            for (; written > 0; written--) {
                out.write(']');
            }
            return;
        }
        if (kind.equals("onestring")) {
            out.write("[\"".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "x".repeat(4096).getBytes(StandardCharsets.US_ASCII);
            for (written = 2; written + chunk.length < SIZE - 2; written += chunk.length) {
                out.write(chunk);
            }
            out.write("\"]".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        boolean users = kind.equals("users");
        String open = users ? "{\"users\":[" : "[";
        String close = users ? "],\"warnings\":[]}" : "]";
        out.write(open.getBytes(StandardCharsets.US_ASCII));
        written = open.length() + close.length();
        IntFunction<String> element = ELEMENTS.get(kind);
        for (int i = 0; ; i++) {
            byte[] e = ((i == 0 ? "" : ",") + element.apply(i)).getBytes(StandardCharsets.UTF_8);
            if (written + e.length > SIZE) {
                break;
            }
            out.write(e);
            written += e.length;
        }
        out.write(close.getBytes(StandardCharsets.US_ASCII));
    }

    /** A user as Moodle 4.5 returns it to a manager (reference/moodle/4.5/samples/core_user_get_users.json). */
    private static String user(int i) {
        return "{\"id\":" + (100 + i) + ",\"username\":\"student" + i + "\",\"firstname\":\"Anna\",\"lastname\":\"Schmidt "
                + i + "\",\"fullname\":\"Anna Schmidt " + i + "\",\"email\":\"student" + i + "@students.example.edu\","
                + "\"department\":\"Physics\",\"institution\":\"Example University\",\"idnumber\":\"EXT-" + i + "\","
                + "\"firstaccess\":1700000000,\"lastaccess\":" + (1_700_000_000 + i) + ",\"auth\":\"manual\","
                + "\"suspended\":false,\"confirmed\":true,\"lang\":\"en\",\"theme\":\"\",\"timezone\":\"99\","
                + "\"mailformat\":1,\"trackforums\":0,\"description\":\"<p>Student in the Physics department.</p>\","
                + "\"descriptionformat\":1,\"city\":\"Berlin\",\"country\":\"DE\",\"profileimageurlsmall\":"
                + "\"https:\\/\\/lms.example.edu\\/theme\\/image.php\\/boost\\/core\\/1795618377\\/u\\/f2\","
                + "\"profileimageurl\":\"https:\\/\\/lms.example.edu\\/theme\\/image.php\\/boost\\/core\\/1795618377"
                + "\\/u\\/f1\"}";
    }
}
