package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.reference.MoodleStructure;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Compares a {@link ParameterShape} with the parameter structure Moodle declares, recursively: no key Moodle does
 * not declare, every key Moodle requires present, every value of a compatible type. Issues point at the shape
 * node's {@code x-origin}.
 */
final class ParameterComparison {
    private final List<SchemaIssue> issues = new ArrayList<>();

    private ParameterComparison() {
    }

    static List<SchemaIssue> compare(JsonNode shape, MoodleStructure declared) {
        ParameterComparison c = new ParameterComparison();
        c.node(shape, declared, "");
        return c.issues;
    }

    private void node(JsonNode shape, MoodleStructure declared, String path) {
        switch (declared.kind()) {
            case OBJECT -> object(shape, declared, path);
            case ARRAY -> array(shape, declared, path);
            case VALUE -> value(shape, declared, path);
        }
    }

    private void object(JsonNode shape, MoodleStructure declared, String path) {
        Set<String> types = SchemaNav.types(shape);
        if (!types.isEmpty() && !types.contains("object")) {
            issue(shape, name(path) + " is a structure (object) in Moodle, but the schema has type " + types);
            return;
        }
        JsonNode props = shape.path("properties");
        for (Map.Entry<String, JsonNode> e : props.properties()) {
            String key = e.getKey();
            MoodleStructure sub = declared.keys().get(key);
            if (sub == null) {
                issue(e.getValue(), "Moodle declares no parameter '" + path + "/" + key + "'; "
                        + (declared.keys().isEmpty() ? "it takes none here" : "it declares: "
                        + String.join(", ", declared.keys().keySet())));
            } else {
                node(e.getValue(), sub, path + "/" + JsonPointers.escape(key));
            }
        }
        for (Map.Entry<String, MoodleStructure> e : declared.keys().entrySet()) {
            if (e.getValue().required() && !requires(shape, e.getKey())) {
                issue(shape, "Moodle requires '" + path + "/" + e.getKey() + "' (" + describe(e.getValue())
                        + "); the input schema must require it or the request mapping must fill it");
            }
        }
        if (!props.isMissingNode() && !shape.path("additionalProperties").isBoolean()) {
            issue(shape, name(path) + " must set additionalProperties: false; Moodle rejects keys it does not"
                    + " declare");
        }
    }

    private void array(JsonNode shape, MoodleStructure declared, String path) {
        Set<String> types = SchemaNav.types(shape);
        if (!types.isEmpty() && !types.contains("array")) {
            issue(shape, name(path) + " is a list (array) in Moodle, but the schema has type " + types);
            return;
        }
        if (shape.has("items")) {
            node(shape.get("items"), declared.content(), path + "/*");
        }
    }

    private void value(JsonNode shape, MoodleStructure declared, String path) {
        String mismatch = MoodleTypes.inputMismatch(declared.type(), SchemaNav.types(shape),
                shape.path(ParameterShape.AS_TEXT).asBoolean(false));
        if (mismatch != null) {
            issue(shape, name(path) + ": " + mismatch);
        }
    }

    private static boolean requires(JsonNode shape, String key) {
        if (!shape.path("properties").has(key)) {
            return false;
        }
        for (JsonNode r : shape.path("required")) {
            if (key.equals(r.asString(null))) {
                return true;
            }
        }
        return false;
    }

    private static String describe(MoodleStructure s) {
        return s.kind() == MoodleStructure.Kind.VALUE ? s.type() : s.kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String name(String path) {
        return path.isEmpty() ? "the parameters" : "'" + path + "'";
    }

    private void issue(JsonNode shape, String message) {
        issues.add(new SchemaIssue(shape.path(ParameterShape.ORIGIN).asString(""), message));
    }
}
