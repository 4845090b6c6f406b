package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code connector call --verbose} shows the call's events on stderr; {@code --deadline} bounds the call. */
class CallEventsCliTest {
    private static final String TOKEN = "0ddba11e0ddba11e0ddba11e0ddba11e";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token(TOKEN);

    @Test
    void verbosePrintsEachEventOnStderrAndKeepsStdoutTheResult() {
        cli.moodle().enqueue(new MockResponse.Builder().code(503).build());
        cli.replay("{\"sitename\":\"Moodle Lab\",\"username\":\"cyclr_ws\",\"userid\":3,\"siteurl\":\"http://127.0.0.1\",\"functions\":[]}");
        CliRun run = cli.run("call", "site.info", "--verbose", "--url", cli.url());
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
        cli.moodle().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        CliRun run = cli.run("call", "site.info", "--deadline", "300ms", "--url", cli.url());
        assertThat(run.exit()).isEqualTo(5);
        assertThat(run.error().get("error").asString()).isEqualTo("deadline_exceeded");
        assertThat(run.error().get("details").get("outcome").asString()).isEqualTo("not_applied");
    }

    @Test
    void aDeadlineThatIsNotADurationIsAUsageError() {
        CliRun run = cli.run("call", "site.info", "--deadline", "soon", "--url", cli.url());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("500ms");
    }
}
