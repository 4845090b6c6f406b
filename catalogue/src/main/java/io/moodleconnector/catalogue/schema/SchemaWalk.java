package io.moodleconnector.catalogue.schema;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/** Visits every subschema of a JSON Schema 2020-12 document, each with its JSON Pointer. */
final class SchemaWalk {
    /** Keywords whose value is one subschema. */
    static final Set<String> SINGLE = Set.of("items", "additionalProperties", "contains", "not", "if", "then",
            "else", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    /** Keywords whose value is a list of subschemas. */
    static final Set<String> LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    /** Keywords whose value maps names to subschemas. */
    static final Set<String> MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");

    private SchemaWalk() {
    }

    /** Calls {@code visit} with every object subschema of {@code schema} (itself first) and its pointer. */
    static void subschemas(JsonNode schema, String at, BiConsumer<JsonNode, String> visit) {
        if (!schema.isObject()) {
            return;
        }
        visit.accept(schema, at);
        for (Map.Entry<String, JsonNode> e : schema.properties()) {
            String key = e.getKey();
            JsonNode v = e.getValue();
            String here = at + "/" + escape(key);
            if (SINGLE.contains(key)) {
                subschemas(v, here, visit);
            } else if (LISTS.contains(key) && v.isArray()) {
                for (int i = 0; i < v.size(); i++) {
                    subschemas(v.get(i), here + "/" + i, visit);
                }
            } else if (MAPS.contains(key) && v.isObject()) {
                for (Map.Entry<String, JsonNode> m : v.properties()) {
                    subschemas(m.getValue(), here + "/" + escape(m.getKey()), visit);
                }
            }
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
