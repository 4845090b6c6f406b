package io.moodleconnector.moodle.executor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Jackson trees as the plain JSON values of the SPI, without a mapper: the connector's method descriptions are made
 * from the catalogue's schema trees when a host lists them, and building {@link JsonValues#MAPPER} for that (some 350
 * Jackson classes) would be paid by every cold start, including one whose first call never needs the mapper.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlainTrees {
    private PlainTrees() {
    }

    /**
     * A tree as an unmodifiable plain value: objects become insertion-ordered maps, arrays lists, integers
     * {@link Long} (or {@link BigDecimal} beyond its range), decimals {@link BigDecimal}.
     */
    public static Object toPlain(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), toPlain(e.getValue()));
            }
            return Collections.unmodifiableMap(map);
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(toPlain(element));
            }
            return Collections.unmodifiableList(list);
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            BigInteger big = node.bigIntegerValue();
            return big.bitLength() < 64 ? (Object) big.longValue() : new BigDecimal(big);
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asString();
    }

    /** A plain object, as {@link #toPlain} gives it, or an empty map for anything that is not an object. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> toPlainObject(JsonNode node) {
        Object plain = toPlain(node);
        return plain instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }
}
