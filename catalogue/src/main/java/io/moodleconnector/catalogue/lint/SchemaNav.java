package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.model.JsonPointers;
import java.util.LinkedHashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Walks a JSON Schema along an instance pointer: a name segment goes into {@code properties}, a {@code *} or index
 * segment into {@code items}; local {@code $ref}s are followed. Pure functions.
 */
final class SchemaNav {
    private static final int MAX_REF_HOPS = 32;

    private SchemaNav() {
    }

    /** Follows {@code $ref}s of {@code node} within {@code root}. */
    static JsonNode deref(JsonNode root, JsonNode node) {
        JsonNode n = node;
        for (int i = 0; i < MAX_REF_HOPS && n.isObject() && n.has("$ref"); i++) {
            String ref = n.get("$ref").asString("");
            if (!ref.startsWith("#") || !(ref.length() == 1 || ref.charAt(1) == '/')) {
                return MissingNode.getInstance(); // refused with its place by the schema check
            }
            n = root.at(ref.substring(1));
        }
        return n;
    }

    /** The schema of the instance at {@code pointer}, or a missing node when the schema does not declare it. */
    static JsonNode at(JsonNode root, String pointer) {
        JsonNode n = deref(root, root);
        for (String seg : JsonPointers.tokens(pointer)) {
            n = child(root, n, seg);
            if (n.isMissingNode()) {
                return n;
            }
        }
        return n;
    }

    static JsonNode child(JsonNode root, JsonNode schema, String seg) {
        JsonNode s = deref(root, schema);
        JsonNode c = isIndex(seg) ? s.path("items") : s.path("properties").path(seg);
        return c.isMissingNode() ? c : deref(root, c);
    }

    /** Whether every named segment of {@code pointer} is required in its parent (the instance always has it). */
    static boolean required(JsonNode root, String pointer) {
        JsonNode n = deref(root, root);
        for (String seg : JsonPointers.tokens(pointer)) {
            if (!isIndex(seg) && !contains(n.path("required"), seg)) {
                return false;
            }
            n = child(root, n, seg);
        }
        return true;
    }

    /** The JSON types a schema allows, from {@code type}, {@code const} or {@code enum}; empty when unconstrained. */
    static Set<String> types(JsonNode schema) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode t = schema.path("type");
        if (t.isString()) {
            out.add(t.asString());
        } else if (t.isArray()) {
            t.forEach(x -> out.add(x.asString()));
        } else if (schema.has("const")) {
            out.add(typeOf(schema.get("const")));
        } else if (schema.path("enum").isArray()) {
            schema.get("enum").forEach(x -> out.add(typeOf(x)));
        }
        return out;
    }

    static String typeOf(JsonNode v) {
        if (v.isIntegralNumber()) {
            return "integer";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        if (v.isNull()) {
            return "null";
        }
        return v.isObject() ? "object" : v.isArray() ? "array" : "string";
    }

    static boolean isIndex(String seg) {
        return seg.equals("*") || (!seg.isEmpty() && seg.chars().allMatch(Character::isDigit));
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.asString(null))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every instance pointer the schema declares, {@code *} for array items (e.g. {@code /groups/*}/name); for
     * "did you mean" suggestions. Bounded by the schema's size: each {@code $ref} is followed once per path.
     */
    static Set<String> pointers(JsonNode root) {
        Set<String> out = new LinkedHashSet<>();
        collect(root, deref(root, root), "", out, 0);
        return out;
    }

    private static void collect(JsonNode root, JsonNode schema, String at, Set<String> out, int depth) {
        if (depth > MAX_REF_HOPS || !schema.isObject()) {
            return;
        }
        for (java.util.Map.Entry<String, JsonNode> e : schema.path("properties").properties()) {
            String here = at + "/" + JsonPointers.escape(e.getKey());
            out.add(here);
            collect(root, deref(root, e.getValue()), here, out, depth + 1);
        }
        JsonNode items = schema.path("items");
        if (items.isObject()) {
            out.add(at + "/*");
            collect(root, deref(root, items), at + "/*", out, depth + 1);
        }
    }
}
