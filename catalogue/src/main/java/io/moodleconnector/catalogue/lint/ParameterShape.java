package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.Typos;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.RequestMapping;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema-shape of the Moodle parameters a method sends: its input schema pushed through its request mapping.
 * Each {@code {"$input": ptr}} of the template is replaced by the input-schema node at {@code ptr}, constants become
 * {@code const} schemas, {@code defaults} add (and require) keys, and {@code asText} marks values sent as text.
 *
 * <p>Every node carries {@code x-origin}, the pointer within the method that produced it, so a mismatch with Moodle
 * is reported where the author can fix it. A fresh tree per call; the model is never touched.
 */
final class ParameterShape {
    static final String ORIGIN = "x-origin";
    static final String AS_TEXT = "x-asText";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 32;

    /** The shape, and the mapping's own problems (pointers relative to the method). */
    record Result(ObjectNode shape, List<SchemaIssue> issues) {
    }

    private final JsonNode input;
    private final List<SchemaIssue> issues = new ArrayList<>();

    private ParameterShape(JsonNode input) {
        this.input = input;
    }

    static Result of(MethodDefinition m) {
        ParameterShape s = new ParameterShape(m.input());
        RequestMapping r = m.request();
        ObjectNode shape = r.template() == null
                ? s.materialize(m.input(), "/input", 0)
                : s.template(r.template(), "/request/template");
        for (Map.Entry<String, JsonNode> d : r.defaults().entrySet()) {
            s.applyDefault(shape, d.getKey(), d.getValue());
        }
        for (int i = 0; i < r.asText().size(); i++) {
            ObjectNode n = s.walk(shape, r.asText().get(i));
            if (n == null) {
                s.issues.add(new SchemaIssue("/request/asText/" + i, "asText pointer '" + r.asText().get(i)
                        + "' does not select a parameter"));
            } else {
                n.put(AS_TEXT, true);
            }
        }
        return new Result(shape, s.issues);
    }

    private ObjectNode template(JsonNode t, String at) {
        if (t.isObject() && t.size() == 1 && t.has("$input")) {
            String ptr = t.get("$input").asString("");
            JsonNode schema = SchemaNav.at(input, ptr);
            if (schema.isMissingNode()) {
                issues.add(new SchemaIssue(at + "/$input", "$input '" + ptr + "' is not declared in the input schema"
                        + Typos.didYouMean(ptr, SchemaNav.pointers(input))));
                return origin(NODES.objectNode(), at);
            }
            return materialize(schema, "/input" + schemaPointer(ptr), 0);
        }
        if (t.isObject()) {
            ObjectNode out = origin(NODES.objectNode(), at);
            out.put("type", "object");
            out.put("additionalProperties", false);
            ObjectNode props = out.putObject("properties");
            ArrayNode required = out.putArray("required");
            for (Map.Entry<String, JsonNode> e : t.properties()) {
                JsonNode v = e.getValue();
                props.set(e.getKey(), template(v, at + "/" + JsonPointers.escape(e.getKey())));
                boolean isRef = v.isObject() && v.size() == 1 && v.has("$input");
                if (!isRef || SchemaNav.required(input, v.get("$input").asString(""))) {
                    required.add(e.getKey());
                }
            }
            return out;
        }
        if (t.isArray()) {
            ObjectNode out = origin(NODES.objectNode(), at);
            out.put("type", "array");
            if (!t.isEmpty()) {
                out.set("items", template(t.get(0), at + "/0"));
            }
            return out;
        }
        ObjectNode out = origin(NODES.objectNode(), at);
        out.put("type", SchemaNav.typeOf(t));
        out.set("const", t);
        return out;
    }

    /** A copy of an input-schema node with {@code $ref}s followed, keeping only what the comparison needs. */
    private ObjectNode materialize(JsonNode node, String origin, int depth) {
        JsonNode n = SchemaNav.deref(input, node);
        ObjectNode out = origin(NODES.objectNode(), origin);
        if (!n.isObject() || depth > MAX_DEPTH) {
            return out;
        }
        for (String k : List.of("type", "const", "enum", "required", "additionalProperties")) {
            if (n.has(k) && !(k.equals("additionalProperties") && n.get(k).isObject())) {
                out.set(k, n.get(k).deepCopy());
            }
        }
        if (n.path("properties").isObject()) {
            ObjectNode props = out.putObject("properties");
            for (Map.Entry<String, JsonNode> e : n.get("properties").properties()) {
                props.set(e.getKey(), materialize(e.getValue(),
                        origin + "/properties/" + JsonPointers.escape(e.getKey()), depth + 1));
            }
        }
        if (n.has("items")) {
            out.set("items", materialize(n.get("items"), origin + "/items", depth + 1));
        }
        return out;
    }

    private void applyDefault(ObjectNode shape, String pointer, JsonNode value) {
        List<String> segs = JsonPointers.tokens(pointer);
        String at = "/request/defaults/" + JsonPointers.escape(pointer);
        ObjectNode parent = walk(shape, parentOf(pointer));
        String last = segs.get(segs.size() - 1);
        if (parent == null || SchemaNav.isIndex(last)) {
            issues.add(new SchemaIssue(at, "default pointer '" + pointer + "' does not select a key of an object"
                    + " in the parameters"));
            return;
        }
        ObjectNode props = parent.has("properties") ? (ObjectNode) parent.get("properties")
                : parent.putObject("properties");
        if (!props.has(last)) {
            ObjectNode added = origin(NODES.objectNode(), at);
            added.put("type", SchemaNav.typeOf(value));
            props.set(last, added);
        }
        ArrayNode required = parent.has("required") && parent.get("required").isArray()
                ? (ArrayNode) parent.get("required") : parent.putArray("required");
        if (required.valueStream().noneMatch(r -> last.equals(r.asString(null)))) {
            required.add(last);
        }
    }

    /** The shape node at a wildcard pointer, or null. */
    static ObjectNode walk(ObjectNode shape, String pointer) {
        JsonNode n = shape;
        for (String seg : JsonPointers.tokens(pointer)) {
            n = SchemaNav.isIndex(seg) ? n.path("items") : n.path("properties").path(seg);
            if (!n.isObject()) {
                return null;
            }
        }
        return (ObjectNode) n;
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static String schemaPointer(String instancePointer) {
        StringBuilder b = new StringBuilder();
        for (String seg : JsonPointers.tokens(instancePointer)) {
            b.append(SchemaNav.isIndex(seg) ? "/items" : "/properties/" + JsonPointers.escape(seg));
        }
        return b.toString();
    }

    private static ObjectNode origin(ObjectNode n, String origin) {
        n.put(ORIGIN, origin);
        return n;
    }
}
