package io.moodleconnector.moodle.executor;

import static io.moodleconnector.moodle.executor.JsonTypes.ANY;
import static io.moodleconnector.moodle.executor.JsonTypes.ARRAY;
import static io.moodleconnector.moodle.executor.JsonTypes.BOOLEAN;
import static io.moodleconnector.moodle.executor.JsonTypes.INTEGER;
import static io.moodleconnector.moodle.executor.JsonTypes.NULL;
import static io.moodleconnector.moodle.executor.JsonTypes.NUMBER;
import static io.moodleconnector.moodle.executor.JsonTypes.OBJECT;
import static io.moodleconnector.moodle.executor.JsonTypes.STRING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * An output schema compiled for checking plain values: per level, the allowed types as a bit mask, the
 * {@code const}/{@code enum} values, the required keys and the properties with their own shapes, the items' shape.
 * Compiling once saves the schema-tree lookups per value that made walking the schema itself twice as slow.
 * Immutable and thread-safe.
 */
final class ReplyShape {

    private final int types;
    private final String typeText;
    private final List<Object> allowed;
    // Whether `allowed` holds a `const` (else an `enum`). The text is made only when a reply breaks it: a
    // JsonNode's toString() builds Jackson's serializers, some 400 classes a cold first call would otherwise load.
    private final boolean allowedConst;
    private final String[] requiredOnly;
    private final String[] names;
    private final ReplyShape[] shapes;
    private final boolean[] required;
    private final ReplyShape items;

    private ReplyShape(JsonNode schema) {
        JsonNode type = schema.get("type");
        int mask = type == null ? ANY : 0;
        List<String> typeNames = new ArrayList<>();
        if (type != null) {
            for (JsonNode t : type.isArray() ? type : List.of(type)) {
                mask |= JsonTypes.bit(t.asString());
                typeNames.add(t.asString());
            }
        }
        this.types = mask;
        this.typeText = String.join(" or ", typeNames);
        JsonNode constant = schema.get("const");
        JsonNode choices = constant != null ? null : schema.get("enum");
        List<Object> values = null;
        if (constant != null) {
            values = new ArrayList<>();
            values.add(PlainTrees.toPlain(constant));
        } else if (choices != null) {
            values = new ArrayList<>();
            for (JsonNode c : choices) {
                values.add(PlainTrees.toPlain(c));
            }
        }
        this.allowed = values;
        this.allowedConst = constant != null;
        Set<String> req = new HashSet<>();
        JsonNode r = schema.get("required");
        if (r != null) {
            r.forEach(n -> req.add(n.asString()));
        }
        JsonNode properties = schema.get("properties");
        List<String> propNames = new ArrayList<>();
        List<ReplyShape> propShapes = new ArrayList<>();
        if (properties != null) {
            for (Map.Entry<String, JsonNode> p : properties.properties()) {
                propNames.add(p.getKey());
                propShapes.add(new ReplyShape(p.getValue()));
            }
        }
        this.names = propNames.toArray(String[]::new);
        this.shapes = propShapes.toArray(ReplyShape[]::new);
        this.required = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            required[i] = req.contains(names[i]);
        }
        req.removeAll(propNames);
        this.requiredOnly = req.toArray(String[]::new);
        JsonNode itemSchema = schema.get("items");
        this.items = itemSchema != null && itemSchema.isObject() ? new ReplyShape(itemSchema) : null;
    }

    /** The shape of a schema. */
    static ReplyShape of(JsonNode schema) {
        return new ReplyShape(schema);
    }

    /** What is wrong with the value, or null when it has this shape; the path is left at the mismatch. */
    String mismatch(Object value, List<Object> path) {
        int actual = typeOf(value);
        if ((types & actual) == 0 && !(actual == INTEGER && (types & NUMBER) != 0)) {
            return describe(actual) + " where " + typeText + " is expected";
        }
        if (allowed != null && allowed.stream().noneMatch(a -> same(a, value))) {
            return describe(actual) + " where " + allowedText() + " is expected";
        }
        if (value instanceof Map<?, ?> map) {
            return objectMismatch(map, path);
        }
        if (items != null && value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                String p = items.mismatch(list.get(i), path);
                if (p != null) {
                    return p;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    private String objectMismatch(Map<?, ?> map, List<Object> path) {
        for (String key : requiredOnly) {
            if (!map.containsKey(key)) {
                path.add(key);
                return "nothing, though the property is required";
            }
        }
        for (int i = 0; i < names.length; i++) {
            Object v = map.get(names[i]);
            if (v == null) {
                // An optional property may be absent or null (Moodle's optional values may come back null).
                if (!required[i]) {
                    continue;
                }
                if (!map.containsKey(names[i])) {
                    path.add(names[i]);
                    return "nothing, though the property is required";
                }
            }
            path.add(names[i]);
            String problem = shapes[i].mismatch(v, path);
            if (problem != null) {
                return problem;
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    private static int typeOf(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String) {
            return STRING;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return INTEGER;
        }
        if (value instanceof Map<?, ?>) {
            return OBJECT;
        }
        if (value instanceof List<?>) {
            return ARRAY;
        }
        if (value instanceof Boolean) {
            return BOOLEAN;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 ? INTEGER : NUMBER;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d == Math.rint(d) ? INTEGER : NUMBER;
        }
        return 0;
    }

    private static String describe(int type) {
        return switch (type) {
            case NULL -> "null";
            case BOOLEAN -> "a boolean";
            case INTEGER -> "an integer";
            case NUMBER -> "a number";
            case STRING -> "a string";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "a value of no JSON type";
        };
    }

    private String allowedText() {
        return allowedConst ? literal(allowed.get(0))
                : "one of " + allowed.stream().map(ReplyShape::literal).collect(Collectors.joining(",", "[", "]"));
    }

    private static String literal(Object value) {
        return value instanceof String s ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : String.valueOf(value);
    }

    private static boolean same(Object expected, Object value) {
        if (expected instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return expected == null ? value == null : expected.equals(value);
    }
}
