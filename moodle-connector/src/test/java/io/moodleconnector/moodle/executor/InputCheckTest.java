package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.spi.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The executor's stage 1 on the shipped catalogue: a valid input is accepted without the method's networknt schema
 * ever being compiled; an invalid one gets the very violations the full validator reports.
 */
class InputCheckTest {
    private static final Catalogue CATALOGUE = new CatalogueLoader().loadShipped();

    /** Counts how often the compiled schema is asked for. */
    private static final class Counting extends InputCheck {
        int compiled;

        Counting() {
            super(CATALOGUE);
        }

        @Override
        Schema schema(String id) {
            compiled++;
            return super.schema(id);
        }
    }

    private static MethodDefinition method(String id) {
        return CATALOGUE.method(id).orElseThrow();
    }

    @Test
    void validInputOfEveryShippedExampleNeverCompilesTheSchema() {
        Counting check = new Counting();
        int examples = 0;
        for (MethodDefinition m : CATALOGUE.methods()) {
            for (var example : m.examples()) {
                Map<String, Object> input = PlainTrees.toPlainObject(example);
                check.validate(m, input, () -> {
                    throw new AssertionError("the tree of a valid input of " + m.id() + " was asked for");
                });
                examples++;
            }
        }
        assertThat(examples).isGreaterThan(CATALOGUE.methods().size());
        assertThat(check.compiled).isZero();
    }

    @Test
    void invalidInputReportsExactlyTheFullValidatorsViolations() {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("courseid", 0);
        group.put("name", "");
        group.put("visibility", 7);
        group.put("bogus", true);
        Map<String, Object> user = new LinkedHashMap<>();
        user.put("username", "Not Lower");
        user.put("email", "nobody");
        user.put("firstname", "J");
        Map<String, Object> users = Map.of("users", List.of(user));
        for (var c : List.of(Map.entry("groups.create", group), Map.entry("users.create-batch", users))) {
            Counting check = new Counting();
            InvalidInputException fast = catchThrowableOfType(InvalidInputException.class,
                    () -> check.validate(method(c.getKey()), c.getValue(), () -> InputTree.of(c.getValue())));
            InvalidInputException full = catchThrowableOfType(InvalidInputException.class,
                    () -> InputValidator.validate(CATALOGUE.inputSchema(c.getKey()), InputTree.of(c.getValue())));
            assertThat(fast).as(c.getKey()).isNotNull();
            assertThat(new ArrayList<>(fast.violations())).as(c.getKey()).isEqualTo(full.violations());
            assertThat(check.compiled).isEqualTo(1);
        }
    }

    @Test
    void invalidInputPointsAtEachOffendingField() {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("courseid", 0);
        group.put("name", "a\uD800");
        group.put("bogus", true);
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> new InputCheck(CATALOGUE)
                .validate(method("groups.create"), group, () -> InputTree.of(group)));
        assertThat(e.violations()).extracting(v -> v.pointer() + " " + v.keyword())
                .containsExactlyInAnyOrder("/courseid minimum", "/bogus additionalProperties", "/name encoding");
    }
}
