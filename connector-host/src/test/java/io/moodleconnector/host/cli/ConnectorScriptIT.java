package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.host.cli.ChildCli.Run;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./connector} launcher at the repository root, run as a subprocess from another directory, on the
 * packaged host jar and plugin zip. Runs after {@code package} (failsafe), when both exist, so the launcher never
 * needs to build.
 */
class ConnectorScriptIT {
    @TempDir
    Path plugins;

    @TempDir
    Path elsewhere;

    private static Path script() {
        return Path.of(System.getProperty("repository.dir"), "connector").toAbsolutePath().normalize();
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script().toString(), "--plugins", plugins.toString()));
        command.addAll(List.of(args));
        return run(new ProcessBuilder(command), Map.of());
    }

    /**
     * Runs the launcher through bash, so that the arguments are bytes written by bash itself ({@code "$(< file)"}),
     * under the locale and stdin redirection given.
     */
    private Run launchInBash(Map<String, String> env, String stdin, String... args)
            throws IOException, InterruptedException {
        StringBuilder line = new StringBuilder("exec \"$0\" --plugins \"$1\"");
        ChildProcess.appendArguments(line, elsewhere,
                Stream.of(args).map(arg -> arg.getBytes(StandardCharsets.UTF_8)).toList());
        line.append(' ').append(stdin);
        return run(new ProcessBuilder("bash", "-c", line.toString(), script().toString(), plugins.toString()), env);
    }

    private Run run(ProcessBuilder builder, Map<String, String> env) throws IOException, InterruptedException {
        builder.directory(elsewhere.toFile());
        builder.environment().remove("MOODLE_URL");
        builder.environment().remove("MOODLE_TOKEN");
        builder.environment().putAll(env);
        return ChildProcess.run(builder, elsewhere);
    }

    @Test
    void methodsRunsFromAnotherDirectory() throws IOException, InterruptedException {
        PackagedPlugin.copyInto(plugins);
        Run run = launch("methods");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("site.info").contains("core_webservice_get_site_info");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void badJsonExitsTwoWithOneJsonErrorOnStderr() throws IOException, InterruptedException {
        PackagedPlugin.copyInto(plugins);
        Run run = launch("call", "site.info", "--url", "http://127.0.0.1:9", "--token", "x", "--input", "{nope");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("{\"error\":\"invalid_input\"").doesNotContain("\n");
    }

    @Test
    void nonAsciiArgumentReachesTheSiteIntactUnderTheCLocale() throws Exception {
        PackagedPlugin.copyInto(plugins);
        try (MockWebServer moodle = new MockWebServer()) {
            moodle.start();
            moodle.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                    .body("[{\"id\":7,\"name\":\"x\"}]").build());
            Run run = launchInBash(Map.of("LANG", "C", "LC_ALL", "C", "MOODLE_TOKEN", "feedface"), "< /dev/null",
                    "call", "groups.create", "--url", moodle.url("/").toString(),
                    "--input", "{\"courseid\":2,\"name\":\"Café ✓\"}");
            assertThat(moodle.getRequestCount()).as(run.err()).isEqualTo(1);
            assertThat(URLDecoder.decode(moodle.takeRequest().getBody().utf8(), StandardCharsets.UTF_8))
                    .contains("groups[0][name]=Café ✓");
        }
    }

    @Test
    void closedStdinIsAUsageError() throws IOException, InterruptedException {
        PackagedPlugin.copyInto(plugins);
        Run run = launchInBash(Map.of("MOODLE_TOKEN", "feedface"), "<&-",
                "call", "site.info", "--url", "http://127.0.0.1:9", "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("\"usage\"").contains("stdin");
    }

    @Test
    void callsRecordAClassArchiveBesideTheJarAndPrintOnlyTheirResult() throws Exception {
        PackagedPlugin.copyInto(plugins);
        try (MockWebServer moodle = new MockWebServer()) {
            moodle.start();
            for (int i = 0; i < 2; i++) {
                moodle.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body("[{\"id\":7,\"courseid\":2,\"name\":\"x\"}]").build());
                Run run = run(new ProcessBuilder(script().toString(), "--plugins", plugins.toString(), "call",
                        "groups.create", "--url", moodle.url("/").toString(), "--input",
                        "{\"courseid\":2,\"name\":\"x\"}"), Map.of("MOODLE_TOKEN", "feedface"));
                assertThat(run.exit()).as(run.err()).isZero();
                assertThat(run.err()).isEmpty();
                assertThat(run.out().strip()).startsWith("{").endsWith("}").doesNotContain("cds");
            }
        }
        // The first call recorded it (under its pid); the second moved it into place.
        try (var files = Files.list(Path.of(System.getProperty("repository.dir"), "connector-host", "target"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.endsWith(".jsa"));
        }
    }
}
