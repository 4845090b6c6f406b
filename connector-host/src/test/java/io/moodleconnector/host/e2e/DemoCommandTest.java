package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.cli.CliFixture;
import io.moodleconnector.host.cli.CliRun;
import io.moodleconnector.host.demo.CallStep;
import io.moodleconnector.host.demo.DemoRunner;
import io.moodleconnector.host.demo.DemoScenario;
import io.moodleconnector.host.demo.DemoSession;
import io.moodleconnector.host.demo.Expect;
import io.moodleconnector.host.demo.Step;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code connector demo} in-process on a copy of the packaged plugin, and the runner's verdict on a failing step. */
class DemoCommandTest {
    @RegisterExtension
    static final CliFixture cli = CliFixture.pluginsOnly();

    /** One demo run shared by the tests that only read its output: each run loads the plugin anew. */
    private static CliRun demo;

    @BeforeAll
    static void runDemoOnce() {
        demo = CliRun.run(cli.env(), "demo");
    }

    @Test
    void demoPassesEveryStepAndExitsZero() {
        CliRun run = demo;

        assertThat(run.exit()).as(run.both()).isZero();
        List<Step> steps = DemoScenario.steps();
        for (int i = 0; i < steps.size(); i++) {
            assertThat(run.out()).contains(String.format("[%2d/%d] %s", i + 1, steps.size(), steps.get(i).title()));
        }
        assertThat(run.out()).doesNotContain("FAIL").contains("Demo passed: all " + steps.size() + " steps");
    }

    @Test
    void badInputStepShowsThePointersAndThatNoRequestWasSent() {
        CliRun run = demo;

        assertThat(run.out()).contains("/courseid: string found, integer expected").contains("/name:")
                .containsPattern("requests at the sandbox: still \\d+");
    }

    @Test
    void demoIgnoresASiteUrlAndUsesItsSandbox() {
        CliRun run = CliRun.run(cli.env("MOODLE_URL", "https://lms.example.edu", "MOODLE_TOKEN", "x"), "demo");

        assertThat(run.exit()).as(run.both()).isZero();
        assertThat(run.out()).contains("Sandbox: http://127.0.0.1:");
    }

    @Test
    void aStepWhoseExpectationFailsStopsTheRunAndSaysWhy() {
        StringWriter text = new StringWriter();
        try (ConnectorHost host = ConnectorHost.open(cli.plugins());
             MoodleSandbox moodle = MoodleSandbox.builder().port(0).build().start()) {
            DemoSession session = new DemoSession(host.connector("moodle"),
                    Connection.of(moodle.url(), Secret.of(moodle.token())), moodle::requestCount);
            Step wrong = new CallStep("Expect a course that is not there", "courses.list", s -> Map.of(),
                    new Expect("a course with shortname NOPE", d -> false), (s, d) -> { });
            Step never = new CallStep("Never runs", "site.info", s -> Map.of(),
                    new Expect("anything", d -> true), (s, d) -> { });

            boolean passed = new DemoRunner(new PrintWriter(text, true), 0).run(List.of(wrong, never), session);

            assertThat(passed).isFalse();
        }
        assertThat(text.toString()).contains("FAIL expected a course with shortname NOPE")
                .contains("Demo FAILED at step 1 of 2").doesNotContain("Never runs");
    }
}
