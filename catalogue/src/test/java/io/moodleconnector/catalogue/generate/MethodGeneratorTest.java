package io.moodleconnector.catalogue.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.lint.CatalogueLinter;
import io.moodleconnector.catalogue.reference.MoodleFunction;
import io.moodleconnector.catalogue.reference.MoodleReference;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code catalogue new}: a lint-clean native method for every function Moodle 4.5 declares. */
class MethodGeneratorTest {
    private static final MoodleReference REFERENCE = MoodleReference.shipped();
    private static final MethodGenerator GENERATOR = new MethodGenerator(REFERENCE);

    @Test
    void everyFunctionOfTheReferenceGivesALintCleanMethodWhoseExampleValidates() {
        List<CatalogueSource> files = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (MoodleFunction f : REFERENCE.functions()) {
            String id = MethodGenerator.defaultId(f.name());
            assertThat(ids.add(id)).as("default id %s of %s is unique", id, f.name()).isTrue();
            files.add(new CatalogueSource(f.name() + ".yaml", GENERATOR.file(f.name(), id).orElseThrow()));
        }
        assertThat(files).hasSize(759);
        // The linter validates each method's example against its input schema, so no problem also means that.
        List<Problem> problems = new CatalogueLinter(REFERENCE).lint(files);
        assertThat(problems).extracting(Problem::toString).isEmpty();
    }

    @Test
    void aGeneratedMethodFollowsMoodlesDeclaration() {
        JsonNode m = GENERATOR.method("core_course_get_categories", "course.get-categories").orElseThrow();
        assertThat(m.path("generated").asBoolean()).isTrue();
        assertThat(m.path("access").asString()).isEqualTo("read");
        assertThat(m.path("name").asString()).isEqualTo("Get Categories");
        JsonNode add = m.at("/input/properties/addsubcategories");
        assertThat(add.path("type").asString()).isEqualTo("boolean");
        assertThat(add.path("default").asBoolean()).isTrue();
        assertThat(m.at("/input/properties/criteria/items/required").toString()).isEqualTo("[\"key\",\"value\"]");
        assertThat(m.at("/output/convert/~1*~1timemodified").asString()).isEqualTo("timestamp");
        assertThat(m.at("/output/schema/items/properties/timemodified/format").asString()).isEqualTo("date-time");
    }

    @Test
    void aKnownColumnBoundsItsText() {
        JsonNode m = GENERATOR.method("core_user_create_users", "user.create-users").orElseThrow();
        assertThat(m.at("/input/properties/users/items/properties/email/maxLength").asInt()).isEqualTo(100);
        assertThat(m.at("/input/properties/users/items/required").toString()).contains("\"username\"");
    }

    @Test
    void theDefaultIdDropsTheComponentPrefix() {
        assertThat(MethodGenerator.defaultId("core_enrol_get_enrolled_users")).isEqualTo("enrol.get-enrolled-users");
        assertThat(MethodGenerator.defaultId("mod_assign_get_assignments")).isEqualTo("assign.get-assignments");
    }

    @Test
    void anUnknownFunctionGivesNothing() {
        assertThat(GENERATOR.file("core_nothing_here", "x.y")).isEmpty();
    }
}
