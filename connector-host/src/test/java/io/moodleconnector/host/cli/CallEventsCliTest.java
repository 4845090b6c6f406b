package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.PackagedPlugin;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** {@code connector call --verbose} shows the call's events on stderr; {@code --deadline} bounds the call. */
class CallEventsCliTest {
    private static final String TOKEN = "0ddba11e0ddba11e0ddba11e0ddba11e";

    @TempDir
    static Path plugins;

    @StartStop
    final MockWebServer moodle = new MockWebServer();

    private Map<String, String> env;

    @BeforeAll
    static void packagedPlugin() {
        PackagedPlugin.copyInto(plugins);
    }

    @BeforeEach
    void environment() {
        env = Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString(), "MOODLE_TOKEN", TOKEN);
    }

    @Test
    void verbosePrintsEachEventOnStderrAndKeepsStdoutTheResult() {
        moodle.enqueue(new MockResponse.Builder().code(503).build());
        moodle.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body("{\"sitename\":\"Moodle Lab\",\"username\":\"cyclr_ws\",\"userid\":3,\"siteurl\":\"http://127.0.0.1\",\"functions\":[]}").build());
        CliRun run = CliRun.run(env, "call", "site.info", "--verbose", "--url", moodle.url("/").toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("data").get("sitename").asString()).isEqualTo("Moodle Lab");
        assertThat(run.err().lines()).allMatch(l -> l.startsWith("event: "));
        assertThat(run.err()).contains("event: call start site.info")
                .contains("event: request core_webservice_get_site_info attempt 1").contains("HTTP 503")
                .contains("event: retry core_webservice_get_site_info attempt 2")
                .contains("event: call end site.info ok").doesNotContain(TOKEN);
    }

    @Test
    @Timeout(30)
    void aDeadlineEndsACallToAHungSiteWithItsOwnErrorAndExitCode() {
        moodle.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        CliRun run = CliRun.run(env, "call", "site.info", "--deadline", "300ms", "--url", moodle.url("/").toString());
        assertThat(run.exit()).isEqualTo(5);
        assertThat(run.error().get("error").asString()).isEqualTo("deadline_exceeded");
        assertThat(run.error().get("details").get("outcome").asString()).isEqualTo("not_applied");
    }

    @Test
    void aDeadlineThatIsNotADurationIsAUsageError() {
        CliRun run = CliRun.run(env, "call", "site.info", "--deadline", "soon", "--url", moodle.url("/").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("500ms");
    }
}
