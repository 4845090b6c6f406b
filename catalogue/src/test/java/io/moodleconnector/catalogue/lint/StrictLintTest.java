package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.catalogue.reference.MoodleReference;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Strict lint: one run reports every problem of a file, schema keywords come from a declared vocabulary, and
 * dangling references say what they probably meant. */
class StrictLintTest {
    private static final CatalogueLinter LINTER = new CatalogueLinter();

    private static List<String> lint(CatalogueLinter linter, String fixture) {
        return linter.lintPaths(List.of(Fixtures.path(fixture))).stream()
                .map(p -> p.toString().replace(Fixtures.path(fixture).toString(), fixture))
                .toList();
    }

    @Test
    void aTypoedKeyNeverHidesTheOtherProblemsOfTheMethod() {
        assertThat(lint(LINTER, "every-problem.yaml")).containsExactly(
                "every-problem.yaml:13:35: /methods/0/input/properties/courseid/minimun: unknown key 'minimun';"
                        + " did you mean 'minimum'?",
                "every-problem.yaml:22:5: /methods/0/lookup: unknown key 'lookup'; did you mean 'lookups'?",
                "every-problem.yaml:25:28: /methods/0/lookups/0/method: lookup method 'courses.lst' does not exist;"
                        + " did you mean 'courses.list'?",
                "every-problem.yaml:26:10: /methods/0/lookups/1/field: lookup field '/coursid' is not declared in the"
                        + " input schema; did you mean '/courseid'?",
                "every-problem.yaml:26:49: /methods/0/lookups/1/value: lookup value '/idd' is not in the output schema"
                        + " items of 'courses.list'; did you mean '/id'?");
    }

    @Test
    void aKeywordOutsideTheSchemaVocabularyIsReportedWithTheKeywordItMeant() {
        assertThat(lint(LINTER, "unknown-schema-keyword.yaml")).containsExactly(
                "unknown-schema-keyword.yaml:13:35: /methods/0/input/properties/courseid/minimun: unknown key"
                        + " 'minimun'; did you mean 'minimum'?",
                "unknown-schema-keyword.yaml:17:9: /methods/0/output/schema/itemz: unknown key 'itemz'; did you mean"
                        + " 'items'?");
    }

    @Test
    void aFunctionOutsideTheSeedIsCheckedAgainstTheWholeShippedReference() {
        String yaml = """
                methods:
                  - id: fixture.enrolled-users
                    name: List Enrolled Users
                    category: Enrolments
                    description: Lists the users enrolled in a course.
                    function: core_enrol_get_enrolled_users
                    access: read
                    input:
                      type: object
                      additionalProperties: false
                      required: [courseid]
                      properties:
                        courseid: {type: integer}
                    output:
                      schema: {type: array}
                """;
        assertThat(LINTER.lint(List.of(new CatalogueSource("enrolled.yaml", yaml)))).isEmpty();
    }

    @Test
    void anotherReleasesReferenceIsWhatTheLinterChecksAgainst(@TempDir Path dir) throws IOException {
        ObjectNode reference;
        try (InputStream in = StrictLintTest.class.getResourceAsStream(
                "/io/moodleconnector/catalogue/reference/moodle-4.5/functions.json")) {
            reference = (ObjectNode) JsonMapper.builder().build().readTree(in);
        }
        reference.put("moodle_release", "9.9 (test)");
        ArrayNode functions = (ArrayNode) reference.get("functions");
        for (int i = functions.size() - 1; i >= 0; i--) {
            if (functions.get(i).path("name").asString().equals("core_group_get_course_groups")) {
                functions.remove(i);
            }
        }
        Path file = dir.resolve("functions.json");
        Files.writeString(file, reference.toString());
        CatalogueLinter linter = new CatalogueLinter(MoodleReference.read(file));
        assertThat(lint(linter, "dangling-lookup.yaml")).contains(
                "dangling-lookup.yaml:6:5: /methods/0/function: Moodle 9.9 (test) declares no function"
                        + " 'core_group_get_course_groups'");
    }
}
