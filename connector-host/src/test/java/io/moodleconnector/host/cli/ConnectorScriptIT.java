package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.PackagedPlugin;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    private record Run(int exit, String out, String err) {
    }

    private Run launch(String... args) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("repository.dir"), "connector").toAbsolutePath().normalize();
        List<String> command = new ArrayList<>(List.of(script.toString(), "--plugins", plugins.toString()));
        command.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("MOODLE_URL");
        builder.environment().remove("MOODLE_TOKEN");
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("./connector did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
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
}
