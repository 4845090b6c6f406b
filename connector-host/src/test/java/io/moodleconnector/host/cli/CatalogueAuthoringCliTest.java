package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML author's path without building anything: {@code catalogue new}, lint, load with {@code --catalogue DIR},
 * describe and call against the sandbox; run in-process on the packaged plugin.
 */
class CatalogueAuthoringCliTest {
    @TempDir
    static Path plugins;

    private static MoodleSandbox sandbox;
    private static Map<String, String> env;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        PackagedPlugin.copyInto(plugins);
        sandbox = MoodleSandbox.builder().build().start();
        env = Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString(), "MOODLE_URL", sandbox.url(),
                "MOODLE_TOKEN", sandbox.token());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aGeneratedMethodLintsLoadsFromAFolderAndRunsAgainstTheSandbox() throws IOException {
        Path file = dir.resolve("courses.yaml");
        CliRun made = CliRun.run(env, "catalogue", "new", "core_course_get_courses", "--id", "custom.courses",
                "--output", file.toString());
        assertThat(made.exit()).as(made.out() + made.err()).isZero();
        CliRun lint = CliRun.run(env, "catalogue", "lint", file.toString());
        assertThat(lint.exit()).as(lint.out()).isZero();

        CliRun described = CliRun.run(env, "--catalogue", dir.toString(), "describe", "custom.courses", "--json");
        assertThat(described.exit()).as(described.out() + described.err()).isZero();
        assertThat(described.json().path("function").asString()).isEqualTo("core_course_get_courses");

        CliRun called = CliRun.run(env, "--catalogue", dir.toString(), "call", "custom.courses", "--input",
                "{\"options\":{\"ids\":[2]}}");
        assertThat(called.exit()).as(called.out() + called.err()).isZero();
        assertThat(called.json().at("/data/0/shortname").asString()).as(called.out()).isEqualTo("LAB101");
    }

    @Test
    void aBadExtraFileIsLeftOutAndReportedWithItsPlace() throws IOException {
        String yaml = CliRun.run(env, "catalogue", "new", "core_course_get_courses", "--id", "custom.courses").out();
        Files.writeString(dir.resolve("bad.yaml"), yaml.replace("\n  generated: true\n", "\n  generated: true\n  lookup: []\n"));
        CliRun run = CliRun.run(env, "--catalogue", dir.toString(), "describe", "custom.courses");
        assertThat(run.err()).contains("warning: " + dir.resolve("bad.yaml") + ":")
                .contains("unknown key 'lookup'; did you mean 'lookups'?");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aFunctionOutsideTheReferenceIsAUsageErrorWithTheFunctionItMeant() {
        CliRun run = CliRun.run(env, "catalogue", "new", "core_enrol_get_enroled_users");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'core_enrol_get_enrolled_users'?");
    }

    @Test
    void lintHasHelp() {
        CliRun run = CliRun.run(env, "catalogue", "lint", "-h");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--reference=FILE").contains("Usage:");
    }

    @Test
    void methodsFiltersByCategory() {
        CliRun run = CliRun.run(env, "methods", "--category", "groupings", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json()).isNotEmpty().allSatisfy(m -> assertThat(m.path("category").asString())
                .isEqualTo("Groupings"));
    }

    @Test
    void methodsFiltersTheSeedSetLeavingOutAnExtraMethodOfAnotherFunction() throws IOException {
        CliRun.run(env, "catalogue", "new", "core_enrol_get_enrolled_users", "--output",
                dir.resolve("enrolled.yaml").toString());
        CliRun all = CliRun.run(env, "--catalogue", dir.toString(), "methods", "--json");
        CliRun seed = CliRun.run(env, "--catalogue", dir.toString(), "methods", "--seed", "--json");
        assertThat(all.json().toString()).contains("enrol.get-enrolled-users");
        assertThat(seed.json().toString()).doesNotContain("enrol.get-enrolled-users").contains("\"site.info\"");
        // The seed set is the methods calling its 26 functions: neither the extra method nor the shipped methods
        // beyond the seed set (methods/platform.yaml).
        long seedFunctionsInAll = all.json().valueStream()
                .filter(m -> io.moodleconnector.catalogue.SeedSet.contains(m.path("function").asString())).count();
        assertThat(seed.json().size()).isEqualTo(seedFunctionsInAll).isLessThan(all.json().size() - 1);
    }
}
