package io.moodleconnector.moodle.executor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A caller's plain input (maps, lists, strings, numbers, booleans, null) as the tree that is validated and mapped,
 * built directly: the same nodes {@link JsonValues#toTree} gives (an {@code Integer} an int node, a {@code Double}
 * a double node, and so on), without going through Jackson's serializers, which cost a few microseconds and a few
 * kilobytes per call and load their classes on the first call. Anything else (a set, an array, a map with
 * non-text keys, a bean) is handed to {@link JsonValues#toTree}, so the tree is always the one Jackson would build.
 *
 * <p>Stateless and thread-safe.
 */
final class InputTree {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InputTree() {
    }

    /** The tree of a plain value. */
    static JsonNode of(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof String s) {
            return NODES.stringNode(s);
        }
        if (value instanceof Map<?, ?> map) {
            return object(map);
        }
        if (value instanceof List<?> list) {
            ArrayNode out = NODES.arrayNode(list.size());
            for (Object element : list) {
                out.add(of(element));
            }
            return out;
        }
        JsonNode scalar = scalar(value);
        return scalar != null ? scalar : JsonValues.toTree(value);
    }

    private static JsonNode object(Map<?, ?> map) {
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                return JsonValues.toTree(map); // Jackson's own rules for keys that are not text
            }
            out.set(key, of(e.getValue()));
        }
        return out;
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i.intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l.longValue());
        }
        if (value instanceof Short s) {
            return NODES.numberNode(s.shortValue());
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d.doubleValue());
        }
        if (value instanceof Float f) {
            return NODES.numberNode(f.floatValue());
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof BigInteger i) {
            return NODES.numberNode(i);
        }
        return null;
    }
}
