package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A YAML author's path without building anything: {@code catalogue new}, lint, load with {@code --catalogue DIR},
 * describe and call against the sandbox; run in-process on the packaged plugin.
 */
class CatalogueAuthoringCliTest {
    @RegisterExtension
    static final CliFixture cli = CliFixture.onSandbox();

    @TempDir
    Path dir;

    @Test
    void aGeneratedMethodLintsLoadsFromAFolderAndRunsAgainstTheSandbox() throws IOException {
        Path file = dir.resolve("courses.yaml");
        CliRun made = cli.run("catalogue", "new", "core_course_get_courses", "--id", "custom.courses",
                "--output", file.toString());
        assertThat(made.exit()).as(made.out() + made.err()).isZero();
        CliRun lint = cli.run("catalogue", "lint", file.toString());
        assertThat(lint.exit()).as(lint.out()).isZero();

        CliRun described = cli.run("--catalogue", dir.toString(), "describe", "custom.courses", "--json");
        assertThat(described.exit()).as(described.out() + described.err()).isZero();
        assertThat(described.json().path("function").asString()).isEqualTo("core_course_get_courses");

        CliRun called = cli.run("--catalogue", dir.toString(), "call", "custom.courses", "--input",
                "{\"options\":{\"ids\":[2]}}");
        assertThat(called.exit()).as(called.out() + called.err()).isZero();
        assertThat(called.json().at("/data/0/shortname").asString()).as(called.out()).isEqualTo("LAB101");
    }

    @Test
    void aBadExtraFileIsLeftOutAndReportedWithItsPlace() throws IOException {
        String yaml = cli.run("catalogue", "new", "core_course_get_courses", "--id", "custom.courses").out();
        Files.writeString(dir.resolve("bad.yaml"), yaml.replace("\n  generated: true\n", "\n  generated: true\n  lookup: []\n"));
        CliRun run = cli.run("--catalogue", dir.toString(), "describe", "custom.courses");
        assertThat(run.err()).contains("warning: " + dir.resolve("bad.yaml") + ":")
                .contains("unknown key 'lookup'; did you mean 'lookups'?");
        assertThat(run.exit()).isEqualTo(2);
    }

    @Test
    void aFunctionOutsideTheReferenceIsAUsageErrorWithTheFunctionItMeant() {
        CliRun run = cli.run("catalogue", "new", "core_enrol_get_enroled_users");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("did you mean 'core_enrol_get_enrolled_users'?");
    }

    @Test
    void lintHasHelp() {
        CliRun run = cli.run("catalogue", "lint", "-h");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--reference=FILE").contains("Usage:");
    }

    @Test
    void methodsFiltersByCategory() {
        CliRun run = cli.run("methods", "--category", "groupings", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json()).isNotEmpty().allSatisfy(m -> assertThat(m.path("category").asString())
                .isEqualTo("Groupings"));
    }

    @Test
    void methodsFiltersTheSeedSetLeavingOutAnExtraMethodOfAnotherFunction() throws IOException {
        cli.run("catalogue", "new", "core_enrol_get_enrolled_users", "--output",
                dir.resolve("enrolled.yaml").toString());
        CliRun all = cli.run("--catalogue", dir.toString(), "methods", "--json");
        CliRun seed = cli.run("--catalogue", dir.toString(), "methods", "--seed", "--json");
        assertThat(all.json().toString()).contains("enrol.get-enrolled-users");
        assertThat(seed.json().toString()).doesNotContain("enrol.get-enrolled-users").contains("\"site.info\"");
        // The seed set is the methods calling its 26 functions: neither the extra method nor the shipped methods
        // beyond the seed set (methods/platform.yaml).
        long seedFunctionsInAll = all.json().valueStream()
                .filter(m -> io.moodleconnector.catalogue.SeedSet.contains(m.path("function").asString())).count();
        assertThat(seed.json().size()).isEqualTo(seedFunctionsInAll).isLessThan(all.json().size() - 1);
    }
}
