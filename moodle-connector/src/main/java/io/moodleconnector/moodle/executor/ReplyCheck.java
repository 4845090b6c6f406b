package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.spi.RemoteException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks the normalised data of a reply against the method's declared output schema, walking the plain values
 * directly (no tree is built): the keywords output schemas use, {@code type}, {@code required}, {@code properties},
 * {@code items}, {@code const} and {@code enum} ({@code format} and the rest are not checked). An optional property
 * that Moodle sends as {@code null} passes, as Moodle's optional values may be null. The first mismatch is reported,
 * naming the function and the JSON pointer in Moodle's reply. Chosen over validating a tree with networknt because
 * it is several times cheaper on a large reply (benchmarks/README.md, ReplyCheckBenchmark). Stateless.
 */
public final class ReplyCheck {
    private ReplyCheck() {
    }

    /**
     * Checks one reply.
     *
     * @param reply Moodle's reply as read ({@code null} when it answered nothing)
     * @param data  the data normalised from it, before {@code single}
     * @throws RemoteException with errorcode {@code unexpectedreply} when the data does not have the declared shape
     */
    public static void check(MethodDefinition method, Object reply, Object data) {
        JsonNode schema = method.output().schema();
        if (schema == null || schema.isEmpty()) {
            return;
        }
        List<Object> path = new ArrayList<>(JsonPointers.tokens(method.output().data()));
        String problem;
        if (method.output().single() && data instanceof List<?> list) {
            problem = null;
            for (int i = 0; i < list.size() && problem == null; i++) {
                path.add(i);
                problem = mismatch(schema, list.get(i), path);
                if (problem == null) {
                    path.remove(path.size() - 1);
                }
            }
        } else {
            problem = mismatch(schema, data, path);
        }
        if (problem == null) {
            return;
        }
        String where = reply == null ? "Moodle answered null (nothing), where " + method.function() + " returns a value"
                : "Moodle's reply to " + method.function() + " is not what " + method.id() + " expects: at "
                        + (path.isEmpty() ? "the root" : JsonPointers.of(path)) + ", " + problem;
        throw new RemoteException("unexpectedreply", where + ". The site may run another Moodle version, or a plugin"
                + " changed the function; nothing of this reply was returned", null, null);
    }

    /** What is wrong with the value, or null when it has the schema's shape; the path is left at the mismatch. */
    private static String mismatch(JsonNode schema, Object value, List<Object> path) {
        JsonNode type = schema.get("type");
        if (type != null && !hasType(type, value)) {
            return describe(value) + " where " + (type.isArray() ? join(type) : type.asString()) + " is expected";
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !same(constant, value)) {
            return describe(value) + " where " + constant + " is expected";
        }
        JsonNode choices = schema.get("enum");
        if (choices != null && !anySame(choices, value)) {
            return describe(value) + " where one of " + choices + " is expected";
        }
        if (value instanceof Map<?, ?> map) {
            return objectMismatch(schema, map, path);
        }
        JsonNode items = schema.get("items");
        if (value instanceof List<?> list && items != null && items.isObject()) {
            for (int i = 0; i < list.size(); i++) {
                path.add(i);
                String p = mismatch(items, list.get(i), path);
                if (p != null) {
                    return p;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }

    private static String objectMismatch(JsonNode schema, Map<?, ?> map, List<Object> path) {
        Set<String> required = new HashSet<>();
        JsonNode req = schema.get("required");
        if (req != null) {
            for (JsonNode r : req) {
                required.add(r.asString());
                if (!map.containsKey(r.asString())) {
                    path.add(r.asString());
                    return "nothing, though the property is required";
                }
            }
        }
        JsonNode properties = schema.get("properties");
        if (properties == null) {
            return null;
        }
        for (Map.Entry<String, JsonNode> p : properties.properties()) {
            Object v = map.get(p.getKey());
            if (v == null && !required.contains(p.getKey())) {
                continue;
            }
            path.add(p.getKey());
            String problem = mismatch(p.getValue(), v, path);
            if (problem != null) {
                return problem;
            }
            path.remove(path.size() - 1);
        }
        return null;
    }

    private static boolean hasType(JsonNode type, Object value) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (hasType(t, value)) {
                    return true;
                }
            }
            return false;
        }
        String actual = typeOf(value);
        String declared = type.asString();
        return declared.equals(actual) || declared.equals("number") && actual.equals("integer");
    }

    private static String typeOf(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 || d.stripTrailingZeros().scale() <= 0 ? "integer" : "number";
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return d == Math.rint(d) ? "integer" : "number";
        }
        return value instanceof Number ? "integer" : value.getClass().getSimpleName();
    }

    private static String describe(Object value) {
        String type = typeOf(value);
        return switch (type) {
            case "null" -> "null";
            case "object", "array" -> "an " + type;
            case "integer" -> "an integer";
            default -> "a " + type;
        };
    }

    private static String join(JsonNode types) {
        List<String> names = new ArrayList<>();
        types.forEach(t -> names.add(t.asString()));
        return String.join(" or ", names);
    }

    private static boolean anySame(JsonNode choices, Object value) {
        for (JsonNode c : choices) {
            if (same(c, value)) {
                return true;
            }
        }
        return false;
    }

    private static boolean same(JsonNode expected, Object value) {
        Object plain = JsonValues.toPlain(expected);
        if (plain instanceof Number a && value instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return plain == null ? value == null : plain.equals(value);
    }
}
