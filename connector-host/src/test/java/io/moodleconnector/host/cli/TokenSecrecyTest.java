package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A recognisable token is planted in connections and must appear nowhere: not in logs (slf4j-simple at debug, written
 * to System.err, and java.util.logging, both captured here), not in CLI output or error objects, not in exception
 * messages or stack traces, not in toString, not in the request URL or headers. Each test also proves the token did
 * reach Moodle in the request body, so that a run that never used it cannot pass.
 */
class TokenSecrecyTest {
    private static final String TOKEN = "0ddba11c0ffee5ecret0ddba11c0ffee5";
    private static final String SITE_INFO = "core_webservice_get_site_info";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite();

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;
    private Handler julCapture;

    @BeforeEach
    void captureLogs() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        julCapture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                captured.writeBytes(format.format(record).getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        julCapture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(julCapture);
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(julCapture);
    }

    private String logs() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }

    private void assertTokenReachedMoodleOnlyInTheBody() throws InterruptedException {
        RecordedRequest request = cli.moodle().takeRequest();
        assertThat(request.getBody().utf8()).contains("wstoken=" + TOKEN);
        assertThat(request.getUrl().toString()).doesNotContain(TOKEN);
        assertThat(request.getRequestLine()).doesNotContain(TOKEN);
        assertThat(request.getHeaders().toString()).doesNotContain(TOKEN);
    }

    private static String everything(Throwable failure) {
        StringWriter text = new StringWriter();
        failure.printStackTrace(new PrintWriter(text));
        return text + failure.toString() + failure.getMessage();
    }

    @Test
    void successfulCliCallShowsTheTokenNowhere() throws InterruptedException {
        cli.replayExchange(SITE_INFO);
        CliRun run = cli.run("call", "site.info", "--url", cli.url(), "--token", TOKEN);

        assertThat(run.exit()).as(run.err()).isZero();
        assertTokenReachedMoodleOnlyInTheBody();
        assertThat(run.out() + run.err() + logs()).doesNotContain(TOKEN);
    }

    @Test
    void refusedTokenErrorShowsTheTokenNowhere() throws InterruptedException {
        cli.replayErrorCase("invalid token");
        CliRun run = cli.run("call", "site.info", "--url", cli.url(), "--token", TOKEN);

        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertTokenReachedMoodleOnlyInTheBody();
        assertThat(run.out() + run.err() + logs()).doesNotContain(TOKEN);
    }

    @Test
    void transportFailureShowsTheTokenNowhere() throws IOException {
        CliRun run = cli.run("call", "site.info", "--url", CliFixture.unreachableUrl(), "--token", TOKEN);

        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(run.out() + run.err() + logs()).doesNotContain(TOKEN);
    }

    @Test
    void connectorExceptionsAndResultsDoNotCarryTheToken() throws InterruptedException {
        cli.replayExchange(SITE_INFO);
        cli.replayErrorCase("invalid token");
        Connection connection = Connection.of(cli.url(), Secret.of(TOKEN));
        try (ConnectorHost host = ConnectorHost.open(cli.plugins())) {
            MethodResult result = host.connector("moodle").invoke("site.info", Map.of(), connection);
            Throwable refused = catchThrowable(() -> host.connector("moodle").invoke("site.info", Map.of(), connection));

            assertThat(refused).isNotNull();
            assertTokenReachedMoodleOnlyInTheBody();
            assertThat(connection.toString() + connection.token() + result + everything(refused) + logs())
                    .doesNotContain(TOKEN);
        }
    }

    @Test
    void tokenFromAFileIsUsedAndShownNowhere(@TempDir Path dir) throws IOException, InterruptedException {
        Path tokenFile = java.nio.file.Files.writeString(dir.resolve("token"), TOKEN + "\n");
        cli.replayExchange(SITE_INFO);
        CliRun run = cli.run("call", "site.info", "--url", cli.url(),
                "--token-file", tokenFile.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertTokenReachedMoodleOnlyInTheBody();
        assertThat(run.out() + run.err() + logs()).doesNotContain(TOKEN);
    }
}
