package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Usage errors name the option at fault but never echo a value that may be a secret (issue 10, item 7). */
class UsageErrorSecrecyTest {
    private static final String SECRET = "s3cretfeedface";
    private static final Map<String, String> ENV = Map.of("MOODLE_TOKEN", "feedfacefeedfacefeedfacefeedface");

    @Test
    void invalidUrlWithAPasswordDoesNotShowThePassword() {
        CliRun run = CliRun.run(ENV, "call", "site.info", "--url", "http://user:" + SECRET + "@127.0.0.1:18080/ x");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--url").doesNotContain(SECRET);
    }

    @Test
    void validUrlWithAPasswordIsRefusedWithoutShowingIt() {
        CliRun run = CliRun.run(ENV, "call", "site.info", "--url", "http://user:" + SECRET + "@127.0.0.1:18080/");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--url").contains("password").doesNotContain(SECRET);
    }

    @Test
    void invalidUrlWithATokenInItsQueryDoesNotShowIt() {
        CliRun run = CliRun.run(ENV, "call", "site.info", "--url", "http://127.0.0.1:18080/ x?wstoken=" + SECRET);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--url").doesNotContain(SECRET);
    }

    @Test
    void misspelledTokenOptionIsNamedButItsValueIsNotShown() {
        CliRun run = CliRun.run(ENV, "call", "site.info", "--tokn", SECRET);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.err()).contains("--tokn").contains("--token").doesNotContain(SECRET);
    }

    @Test
    void misspelledTokenOptionWithEqualsIsNamedButItsValueIsNotShown() {
        CliRun run = CliRun.run(ENV, "call", "site.info", "--tokn=" + SECRET);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--tokn").doesNotContain(SECRET);
    }

    @Test
    void tokenValueIsCutOutOfPicocliMessages() {
        // picocli quotes the value it could not place: here the token lands where METHOD is expected... twice.
        CliRun run = CliRun.run(ENV, "call", "site.info", "extra", "--token", SECRET, SECRET);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).doesNotContain(SECRET);
    }
}
