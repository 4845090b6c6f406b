package io.moodleconnector.moodle.reliability;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Generates bad inputs from the catalogue itself: for every method, starting from its first (valid) example, each
 * case breaks exactly one rule of the method's input schema and names the pointer a violation must carry. New
 * methods and new schema rules get cases without anyone writing them.
 *
 * <p>Per object level: each required key left out, an unexpected key where {@code additionalProperties} is false;
 * per property: a wrong JSON type, {@code null}, a value outside {@code enum} or below {@code minimum}, text that is
 * too short or too long or does not match {@code pattern} or {@code format: email}, text with a lone surrogate, an
 * empty list below {@code minItems}; per method: 1000-deep lists and objects, a Java object that is no JSON value,
 * and a {@code null} input when keys are required. Stateless.
 */
final class BadInputCorpus {
    private BadInputCorpus() {
    }

    static List<BadInput> generate(Catalogue catalogue) {
        List<BadInput> cases = new ArrayList<>();
        for (MethodDefinition m : catalogue.methods()) {
            JsonNode example = m.examples().isEmpty() ? Inputs.MAPPER.createObjectNode() : m.examples().get(0);
            new MethodCases(m.id(), example, cases).generate(m.input());
        }
        return cases;
    }

    /** The cases of one method. */
    private record MethodCases(String methodId, JsonNode example, List<BadInput> out) {
        void generate(JsonNode schema) {
            walkObject(schema, example, List.of());
            perMethod(schema);
        }

        private void walkObject(JsonNode schema, JsonNode instance, List<Object> path) {
            for (JsonNode r : schema.path("required")) {
                if (instance.has(r.asString())) {
                    add("without required " + r.asString(), append(path, r.asString()), Inputs.REMOVE);
                }
            }
            if (schema.path("additionalProperties").isBoolean() && !schema.path("additionalProperties").asBoolean()) {
                add("with an unexpected key", append(path, "unexpectedKey"), "surprise");
            }
            for (var p : schema.path("properties").properties()) {
                property(p.getValue(), instance.path(p.getKey()), append(path, p.getKey()));
            }
        }

        private void property(JsonNode schema, JsonNode instance, List<Object> path) {
            var types = BadValues.types(schema);
            BadValues.wrongType(types).ifPresent(v -> add("of the wrong type " + Inputs.describe(v), path, v));
            if (!types.isEmpty() && !types.contains("null")) {
                add("as null", path, null);
            }
            if (schema.has("enum")) {
                add("outside the enum", path, BadValues.outsideEnum(schema.get("enum")));
            }
            if (schema.has("minimum")) {
                add("below the minimum", path, schema.get("minimum").asLong() - 1);
            }
            if (schema.has("maximum")) {
                add("above the maximum", path, schema.get("maximum").asLong() + 1);
            }
            if (types.contains("string")) {
                text(schema, path);
            }
            if (types.contains("array")) {
                array(schema, instance, path);
            }
            if (types.contains("object") && instance.isObject()) {
                walkObject(schema, instance, path);
            }
        }

        private void text(JsonNode schema, List<Object> path) {
            if (schema.path("minLength").asInt(0) >= 1) {
                add("empty", path, "");
            }
            if (schema.has("maxLength")) {
                int max = schema.get("maxLength").asInt();
                add("longer than maxLength " + max, path, "x".repeat(max + 1));
            }
            if (schema.has("pattern")) {
                BadValues.patternMismatch(schema.get("pattern").asString())
                        .ifPresent(v -> add("not matching " + schema.get("pattern").asString(), path, v));
            }
            String format = schema.path("format").asString("");
            if (format.equals("email")) {
                add("not an email address", path, "not-an-email");
            }
            if (!schema.has("enum") && !schema.has("pattern")) {
                add("with a lone surrogate", path, BadValues.loneSurrogate());
            }
        }

        private void array(JsonNode schema, JsonNode instance, List<Object> path) {
            if (schema.path("minItems").asInt(0) >= 1) {
                add("empty below minItems", path, new ArrayList<>());
            }
            JsonNode items = schema.path("items");
            if (instance.isArray() && !instance.isEmpty() && items.isObject()) {
                property(items, instance.get(0), append(path, 0));
            }
        }

        private void perMethod(JsonNode schema) {
            Optional<String> scalar = firstScalarProperty(schema);
            String key = scalar.orElse("unexpectedKey");
            add("nested " + BadValues.DEEP + " lists deep", List.of(key), BadValues.nestedLists(BadValues.DEEP));
            add("nested " + BadValues.DEEP + " objects deep", List.of(key), BadValues.nestedObjects(BadValues.DEEP));
            add("as a Java object that is not a JSON value", List.of(key), new Object());
            JsonNode required = schema.path("required");
            if (!required.isEmpty()) {
                String first = required.get(0).asString();
                out.add(new BadInput(methodId, "null input (an empty object) lacks it", "/" + Inputs.escape(first),
                        () -> null));
            }
        }

        private static Optional<String> firstScalarProperty(JsonNode schema) {
            for (var p : schema.path("properties").properties()) {
                var types = BadValues.types(p.getValue());
                if (!types.isEmpty() && !types.contains("array") && !types.contains("object")) {
                    return Optional.of(p.getKey());
                }
            }
            return Optional.empty();
        }

        private void add(String what, List<Object> path, Object value) {
            JsonNode base = example;
            out.add(new BadInput(methodId, what, Inputs.pointer(path), () -> Inputs.mutate(base, path, value)));
        }

        private static List<Object> append(List<Object> path, Object token) {
            List<Object> p = new ArrayList<>(path);
            p.add(token);
            return List.copyOf(p);
        }
    }
}
