package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InputValidatorTest {
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(JsonValues.MAPPER.readTree("""
                    {"type":"object","additionalProperties":false,"required":["groups"],
                     "properties":{"groups":{"type":"array","items":{"type":"object","additionalProperties":false,
                       "required":["courseid","name"],
                       "properties":{"courseid":{"type":"integer","minimum":1},"name":{"type":"string"}}}}}}
                    """));

    private static List<Violation> violations(Object input) {
        try {
            InputValidator.validate(SCHEMA, JsonValues.toTree(input));
        } catch (InvalidInputException e) {
            return e.violations();
        }
        return List.of();
    }

    @Test
    void validInputPasses() {
        assertThat(violations(Map.of("groups", List.of(Map.of("courseid", 2, "name", "A"))))).isEmpty();
    }

    @Test
    void missingRequiredPropertyPointsAtTheMissingProperty() {
        assertThat(violations(Map.of("groups", List.of(Map.of("courseid", 2)))))
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/groups/0/name", "required"));
    }

    @Test
    void unexpectedKeyPointsAtTheKey() {
        assertThat(violations(Map.of("groups", List.of(Map.of("courseid", 2, "name", "A", "bogus", 1)))))
                .extracting(Violation::pointer, Violation::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/groups/0/bogus", "additionalProperties"));
    }

    @Test
    void everyViolationIsListedNotOnlyTheFirst() {
        List<Violation> v = violations(Map.of("groups", List.of(Map.of("courseid", 0, "name", 5), Map.of())));
        assertThat(v).extracting(Violation::pointer)
                .contains("/groups/0/courseid", "/groups/0/name", "/groups/1/courseid", "/groups/1/name");
        assertThat(v).allSatisfy(x -> assertThat(x.message()).isNotBlank());
    }

    @Test
    void pointerTokensAreEscaped() {
        assertThat(violations(Map.of("groups", List.of(), "a/b~c", 1))).extracting(Violation::pointer)
                .containsExactly("/a~1b~0c");
    }

    @Test
    void nonObjectInputIsAViolationAtTheRoot() {
        assertThatThrownBy(() -> InputValidator.validate(SCHEMA, JsonValues.toTree(List.of(1))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(Violation::pointer)
                        .containsExactly(""));
    }
}
