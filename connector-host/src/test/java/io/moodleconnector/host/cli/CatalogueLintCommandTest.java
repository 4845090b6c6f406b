package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code connector catalogue lint}, run in-process on real YAML files. */
class CatalogueLintCommandTest {
    private static final String VALID = """
            methods:
              - id: fixture.groups-list
                name: List Course Groups
                category: Groups
                description: Lists the groups of a course.
                function: core_group_get_course_groups
                access: read
                capabilities: [moodle/course:managegroups]
                input:
                  type: object
                  additionalProperties: false
                  required: [courseid]
                  properties:
                    courseid: {type: integer, minimum: 1}
                output:
                  data: ""
                  schema: {type: array}
                examples:
                  - {courseid: 2}
            """;

    @TempDir
    Path dir;

    @Test
    void shippedCatalogueHasNoProblems() {
        CliRun run = CliRun.run(Map.of(), "catalogue", "lint");
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("no problems");
    }

    @Test
    void validFileExitsZero() throws IOException {
        Path file = Files.writeString(dir.resolve("valid.yaml"), VALID);
        CliRun run = CliRun.run(Map.of(), "catalogue", "lint", file.toString());
        assertThat(run.exit()).as(run.out()).isZero();
    }

    @Test
    void misspelledKeyExitsTwoNamingFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), VALID.replace("    function:", "    fuction:"));
        CliRun run = CliRun.run(Map.of(), "catalogue", "lint", file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).contains(file + ":6:").contains("fuction");
    }

    @Test
    void folderIsLintedFileByFileAsJson() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), VALID.replace("    function:", "    fuction:"));
        Files.writeString(dir.resolve("b.yml"), VALID.replace("fixture.groups-list", "fixture.other")
                .replace("{courseid: 2}", "{courseid: 0}"));
        CliRun run = CliRun.run(Map.of(), "catalogue", "lint", "--json", dir.toString());
        assertThat(run.exit()).isEqualTo(2);
        JsonNode problems = run.json();
        assertThat(problems.valueStream().map(p -> p.get("file").asString()))
                .contains(dir.resolve("a.yaml").toString(), dir.resolve("b.yml").toString());
        assertThat(problems.get(0).has("line") && problems.get(0).has("pointer")).isTrue();
    }
}
