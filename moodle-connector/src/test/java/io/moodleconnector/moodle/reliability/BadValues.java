package io.moodleconnector.moodle.reliability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/** Values that break one schema rule each. Stateless. */
final class BadValues {
    /** Deeper than any sane input; JSON parsers commonly stop at 1000. */
    static final int DEEP = 1000;

    private BadValues() {
    }

    /** The JSON types a property schema allows ({@code type} as a string or a list); empty when unconstrained. */
    static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isString()) {
            return Set.of(type.asString());
        }
        if (type.isArray()) {
            return Set.copyOf(StreamSupport.stream(type.spliterator(), false).map(JsonNode::asString).toList());
        }
        return Set.of();
    }

    /**
     * A value of a JSON type the schema does not allow, chosen to be the plausible mistake: a number as text, Moodle's
     * {@code 1} for a boolean, an object where a list belongs and a list where an object belongs.
     */
    static Optional<Object> wrongType(Set<String> types) {
        if (types.isEmpty()) {
            return Optional.empty();
        }
        if (types.contains("integer") || types.contains("number")) {
            return pick(types, "12", "string");
        }
        if (types.contains("boolean")) {
            return pick(types, 1L, "integer");
        }
        if (types.contains("string")) {
            return pick(types, 12345L, "integer");
        }
        if (types.contains("array")) {
            return pick(types, new LinkedHashMap<>(Map.of("k", "v")), "object");
        }
        if (types.contains("object")) {
            return pick(types, new ArrayList<>(List.of("x")), "array");
        }
        return pick(types, "text", "string");
    }

    private static Optional<Object> pick(Set<String> allowed, Object value, String valueType) {
        boolean numberCoversInteger = valueType.equals("integer") && allowed.contains("number");
        return allowed.contains(valueType) || numberCoversInteger ? Optional.empty() : Optional.of(value);
    }

    /** A value outside an {@code enum}, of the same JSON type as its members. */
    static Object outsideEnum(JsonNode enumNode) {
        boolean numeric = StreamSupport.stream(enumNode.spliterator(), false).allMatch(JsonNode::isNumber);
        return numeric ? (Object) 987_654L : "not-in-the-enum";
    }

    /** A string that the pattern does not match (Java regex, which agrees with ECMA-262 on the catalogue's patterns). */
    static Optional<String> patternMismatch(String pattern) {
        Pattern p = Pattern.compile(pattern);
        for (String candidate : List.of("has space!", "UPPER", "<b>x</b>", "x".repeat(3) + "\t", "")) {
            if (!p.matcher(candidate).find()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A value nested {@code depth} lists deep: {@code [[[...]]]}. */
    static Object nestedLists(int depth) {
        Object value = new ArrayList<>();
        for (int i = 1; i < depth; i++) {
            List<Object> outer = new ArrayList<>();
            outer.add(value);
            value = outer;
        }
        return value;
    }

    /** A value nested {@code depth} objects deep: {@code {"a":{"a":...}}}. */
    static Object nestedObjects(int depth) {
        Object value = new LinkedHashMap<String, Object>();
        for (int i = 1; i < depth; i++) {
            Map<String, Object> outer = new LinkedHashMap<>();
            outer.put("a", value);
            value = outer;
        }
        return value;
    }

    /** Text with a lone high surrogate: not encodable as UTF-8, so it can only reach Moodle as mojibake. */
    static String loneSurrogate() {
        return "ok\uD800ok";
    }
}
