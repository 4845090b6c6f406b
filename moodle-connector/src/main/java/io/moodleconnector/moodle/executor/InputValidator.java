package io.moodleconnector.moodle.executor;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.path.NodePath;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * Stage 1, validate: checks an input against a method's compiled input schema and reports every violation, each
 * with an RFC 6901 pointer to the offending field. Stateless and thread-safe (compiled networknt schemas are).
 */
public final class InputValidator {
    /** Keywords whose error names a property: the pointer goes to that property, not to the object holding it. */
    private static final Set<String> PROPERTY_KEYWORDS = Set.of("required", "additionalProperties",
            "unevaluatedProperties", "dependentRequired");

    /**
     * {@code format} (e.g. email) is only an annotation in 2020-12 unless asserted; the catalogue means it as a rule.
     * Built once (a per-call builder costs a good part of validating a small input), as networknt builds a call's
     * default from the registry's configuration (the catalogue's schemas all come from a default-configured one),
     * with format assertions on.
     */
    private static final ExecutionConfig ASSERT_FORMATS = formatsAsserted(SchemaRegistryConfig.getInstance());
    private static final Consumer<ExecutionContext> WITH_FORMATS = c -> c.setExecutionConfig(ASSERT_FORMATS);

    private InputValidator() {
    }

    /**
     * Validates the input.
     *
     * @throws InvalidInputException listing every violation, when there is any
     */
    public static void validate(Schema schema, JsonNode input) {
        List<Violation> violations = new ArrayList<>();
        if (!input.isObject()) {
            violations.add(new Violation("", "the input must be a JSON object, got " + input.getNodeType(), "type"));
            throw new InvalidInputException(violations);
        }
        // Numbers out of range first: the validator cannot read them (it compares a minimum as a long), so it sees
        // null in their place, and its own complaint about that null is dropped for the range violation.
        List<List<Object>> outOfRange = NumberRange.find(input);
        Set<String> ranged = new java.util.HashSet<>();
        for (List<Object> path : outOfRange) {
            Violation v = NumberRange.violation(path);
            violations.add(v);
            ranged.add(v.pointer());
        }
        JsonNode readable = outOfRange.isEmpty() ? input : NumberRange.masked(input, outOfRange);
        for (Error error : schema.validate(readable, WITH_FORMATS)) {
            Violation v = violation(error);
            if (!ranged.contains(v.pointer())) {
                violations.add(v);
            }
        }
        violations.addAll(UnpairedSurrogates.find(input));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    private static ExecutionConfig formatsAsserted(SchemaRegistryConfig registry) {
        return ExecutionConfig.builder().locale(registry.getLocale()).failFast(registry.isFailFast())
                .formatAssertionsEnabled(true).build();
    }

    private static Violation violation(Error error) {
        List<Object> tokens = tokens(error.getInstanceLocation());
        String keyword = error.getKeyword() == null ? "schema" : error.getKeyword();
        if (PROPERTY_KEYWORDS.contains(keyword) && error.getProperty() != null) {
            tokens.add(error.getProperty());
        }
        return new Violation(JsonPointers.of(tokens), error.getMessage(), keyword);
    }

    private static List<Object> tokens(NodePath path) {
        List<Object> tokens = new ArrayList<>();
        if (path != null) {
            for (int i = 0; i < path.getNameCount(); i++) {
                tokens.add(path.getElement(i));
            }
        }
        return tokens;
    }
}
