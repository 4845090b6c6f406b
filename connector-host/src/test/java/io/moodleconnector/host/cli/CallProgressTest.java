package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A batch call that outlasts {@link ProgressLine#DELAY} shows its progress on stderr when stderr is a terminal, and
 * erases it before the result; never when stderr is not one. The replies are slowed by a real delay on loopback.
 */
class CallProgressTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token(TOKEN).siteUrlInEnvironment();

    private CliRun threeSlowRequests(String stderrIsTerminal) {
        long delay = ProgressLine.DELAY.toMillis() / 2 + 200;
        for (int i = 0; i < 3; i++) {
            cli.moodle().enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body("[]")
                    .headersDelay(delay, TimeUnit.MILLISECONDS).build());
        }
        // 3 protocol fields + 1 id per request: three requests of one item each.
        return CliRun.run(cli.env(ProgressLine.STDERR_TTY_ENV, stderrIsTerminal), "call", "courses.get-batch",
                "--max-input-vars", "4", "--input", "{\"options\":{\"ids\":[2,3,4]}}");
    }

    @Test
    void onATerminalALongBatchShowsRequestsAndItemsDoneThenErasesTheLine() {
        CliRun run = threeSlowRequests("1");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("courses.get-batch: request 3 of 3, 3 items done").endsWith("\r");
        assertThat(run.err().strip()).doesNotContain("\n");
        assertThat(run.json().has("data")).isTrue();
    }

    @Test
    void whenStderrIsNotATerminalNothingIsShown() {
        CliRun run = threeSlowRequests("0");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
