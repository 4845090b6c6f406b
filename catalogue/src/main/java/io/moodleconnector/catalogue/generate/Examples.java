package io.moodleconnector.catalogue.generate;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An example input made from an input schema written by {@link SchemaFromMoodle}: every required property with a
 * plausible value of its type (ids 1, text cut to its bound, one element per list). The linter checks that it
 * validates, which keeps the generator and the schema honest together.
 */
final class Examples {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Examples() {
    }

    static JsonNode of(JsonNode schema, String key) {
        if (schema.has("default")) {
            return schema.get("default");
        }
        return switch (schema.path("type").asString("")) {
            case "object" -> {
                ObjectNode out = NODES.objectNode();
                for (JsonNode r : schema.path("required")) {
                    String name = r.asString();
                    out.set(name, of(schema.path("properties").path(name), name));
                }
                yield out;
            }
            case "array" -> NODES.arrayNode().add(of(schema.path("items"), key));
            case "integer" -> NODES.numberNode(1);
            case "number" -> NODES.numberNode(1.5);
            case "boolean" -> NODES.booleanNode(true);
            default -> NODES.stringNode(text(key, schema.path("maxLength").asInt(Integer.MAX_VALUE)));
        };
    }

    private static String text(String key, int maxLength) {
        String sample = SAMPLES.getOrDefault(key, "example " + key);
        return sample.length() <= maxLength ? sample : sample.substring(0, maxLength);
    }

    private static final Map<String, String> SAMPLES = Map.of(
            "email", "student@example.edu",
            "username", "student1",
            "lang", "en",
            "country", "NZ",
            "timezone", "Pacific/Auckland");
}
