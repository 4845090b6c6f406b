package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.spi.ConnectionOptions;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Every {@link ConnectionOptions} setting is a flag of the CLI, and a bad value is a usage error naming it. */
class ConnectionFlagsTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    @TempDir
    static Path plugins;

    @StartStop
    final MockWebServer moodle = new MockWebServer();

    @BeforeAll
    static void packagedPlugin() {
        PackagedPlugin.copyInto(plugins);
    }

    private Map<String, String> env() {
        return Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString(), "MOODLE_TOKEN", TOKEN,
                "MOODLE_URL", moodle.url("/").toString());
    }

    private void replay(int status, String body) {
        moodle.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    @Test
    void everyFlagReachesTheConnectionOptions() {
        ConnectorCli cli = new ConnectorCli(env(), new ByteArrayInputStream(new byte[0]));
        CommandLine cmd = ConnectorCli.commandLine(cli, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        cmd.parseArgs("call", "site.info", "--connect-timeout", "3s", "--read-timeout", "1500ms", "--timeout", "2m",
                "--max-input-vars", "200", "--max-response-bytes", "1048576", "--max-in-flight", "2", "--rate", "0.5",
                "--max-read-attempts", "1", "--retry-backoff", "PT0.05S", "--allow-plain-http");
        ConnectionOptions expected = ConnectionOptions.builder().connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofMillis(1500)).callTimeout(Duration.ofMinutes(2)).maxInputVars(200)
                .maxResponseBytes(1_048_576).maxInFlight(2).requestsPerSecond(0.5).maxReadAttempts(1)
                .retryBackoff(Duration.ofMillis(50)).allowPlainHttp(true).build();
        assertThat(cli.connection().options()).isEqualTo(expected);
    }

    @Test
    void maxInputVarsSplitsABatchIntoSmallerRequests() {
        for (int i = 0; i < 3; i++) {
            replay(200, "[]");
        }
        // 3 protocol fields + 1 id per request.
        CliRun run = CliRun.run(env(), "call", "courses.get-batch", "--max-input-vars", "4",
                "--input", "{\"options\":{\"ids\":[2,3,4]}}");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(moodle.getRequestCount()).isEqualTo(3);
    }

    @Test
    void maxReadAttemptsOfOneDoesNotRetryARead() {
        replay(503, "busy");
        replay(200, "[]");
        CliRun run = CliRun.run(env(), "call", "courses.get-batch", "--max-read-attempts", "1",
                "--input", "{\"options\":{\"ids\":[2]}}");
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(moodle.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"--max-input-vars, 2", "--max-input-vars, many", "--rate, 0", "--rate, Infinity",
            "--max-in-flight, 0", "--max-read-attempts, 0", "--max-response-bytes, 0", "--timeout, 5",
            "--connect-timeout, 0s", "--read-timeout, -1s", "--retry-backoff, soon"})
    void badValueIsAUsageErrorNamingTheFlag(String flag, String value) {
        CliRun run = CliRun.run(env(), "call", "site.info", flag, value);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains(flag.equals("--timeout") ? "timeout" : flag);
        assertThat(moodle.getRequestCount()).isZero();
    }
}
