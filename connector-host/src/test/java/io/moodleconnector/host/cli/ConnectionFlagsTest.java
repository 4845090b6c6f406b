package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.ConnectionOptions;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Every {@link ConnectionOptions} setting is a flag of the CLI, and a bad value is a usage error naming it. */
class ConnectionFlagsTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token(TOKEN).siteUrlInEnvironment();

    @Test
    void everyFlagReachesTheConnectionOptions() {
        ConnectorCli connector = new ConnectorCli(cli.env(), new ByteArrayInputStream(new byte[0]));
        CommandLine cmd = ConnectorCli.commandLine(connector, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        cmd.parseArgs("call", "site.info", "--connect-timeout", "3s", "--read-timeout", "1500ms", "--timeout", "2m",
                "--max-input-vars", "200", "--max-response-bytes", "1048576", "--max-in-flight", "2", "--rate", "0.5",
                "--max-read-attempts", "1", "--retry-backoff", "PT0.05S", "--allow-plain-http");
        ConnectionOptions expected = ConnectionOptions.builder().connectTimeout(Duration.ofSeconds(3))
                .readTimeout(Duration.ofMillis(1500)).callTimeout(Duration.ofMinutes(2)).maxInputVars(200)
                .maxResponseBytes(1_048_576).maxInFlight(2).requestsPerSecond(0.5).maxReadAttempts(1)
                .retryBackoff(Duration.ofMillis(50)).allowPlainHttp(true).build();
        assertThat(connector.connection().options()).isEqualTo(expected);
    }

    @Test
    void maxInputVarsSplitsABatchIntoSmallerRequests() {
        for (int i = 0; i < 3; i++) {
            cli.replay(200, "[]");
        }
        // 3 protocol fields + 1 id per request.
        CliRun run = cli.run("call", "courses.get-batch", "--max-input-vars", "4",
                "--input", "{\"options\":{\"ids\":[2,3,4]}}");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(cli.moodle().getRequestCount()).isEqualTo(3);
    }

    @Test
    void maxReadAttemptsOfOneDoesNotRetryARead() {
        cli.replay(503, "busy");
        cli.replay(200, "[]");
        CliRun run = cli.run("call", "courses.get-batch", "--max-read-attempts", "1",
                "--input", "{\"options\":{\"ids\":[2]}}");
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(cli.moodle().getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"--max-input-vars, 2", "--max-input-vars, many", "--rate, 0", "--rate, Infinity",
            "--max-in-flight, 0", "--max-read-attempts, 0", "--max-response-bytes, 0", "--timeout, 5",
            "--connect-timeout, 0s", "--read-timeout, -1s", "--retry-backoff, soon"})
    void badValueIsAUsageErrorNamingTheFlag(String flag, String value) {
        CliRun run = cli.run("call", "site.info", flag, value);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains(flag.equals("--timeout") ? "timeout" : flag);
        assertThat(cli.moodle().getRequestCount()).isZero();
    }
}
