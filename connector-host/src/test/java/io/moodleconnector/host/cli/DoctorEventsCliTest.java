package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code connector doctor --deadline} bounds the whole check (site info and every probe) as {@code call --deadline}
 * bounds a call; {@code doctor --verbose} prints the check's events on stderr.
 */
class DoctorEventsCliTest {
    private static final String TOKEN = "0ddba11e0ddba11e0ddba11e0ddba11e";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token(TOKEN);

    @Test
    @Timeout(30)
    void aDeadlineEndsADoctorRunOnAStallingSiteWithDeadlineExceededAndExitCode5() {
        cli.moodle().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        CliRun run = cli.run("doctor", "--deadline", "200ms", "--read-timeout", "60s", "--timeout", "120s",
                "--url", cli.url());
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(run.error().get("error").asString()).isEqualTo("deadline_exceeded");
        assertThat(run.error().get("details").get("outcome").asString()).isEqualTo("not_applied");
        assertThat(run.error().get("message").asString()).contains("check").contains("200 ms");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void verbosePrintsEveryRequestOfTheCheckAsAnEventOnStderr() {
        CliRun run = cli.run("doctor", "--sandbox", "--verbose");
        assertThat(run.err().lines()).as(run.err()).isNotEmpty().allMatch(l -> l.startsWith("event: "));
        assertThat(run.err()).contains("event: call start check")
                .contains("event: request core_webservice_get_site_info attempt 1")
                .contains("event: request core_group_create_groups attempt 1")
                .contains("event: call end check ok").doesNotContain(TOKEN);
        assertThat(run.out()).contains("Site:");
    }

    @Test
    void withoutVerboseTheDoctorPrintsNoEvents() {
        CliRun run = cli.run("doctor", "--sandbox");
        assertThat(run.out()).contains("Site:");
        assertThat(run.err()).doesNotContain("event:");
    }

    @Test
    void aDoctorDeadlineThatIsNotADurationIsAUsageError() {
        CliRun run = cli.run("doctor", "--deadline", "soon", "--url", cli.url());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("500ms");
    }
}
