package io.moodleconnector.moodle.executor;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Converts between Jackson trees and the plain JSON values of the SPI ({@code Map<String,Object>},
 * {@code List<Object>}, {@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, {@code null}). Replies
 * do not pass through trees: {@link PlainJsonReader} reads them straight into plain values.
 *
 * <p>The one shared {@link JsonMapper} reads decimals as {@link BigDecimal} so that a grade such as {@code 87.5}
 * keeps its digits. Stateless and thread-safe.
 */
public final class JsonValues {
    /** Thread-safe once built; Jackson mappers are immutable in Jackson 3. */
    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private JsonValues() {
    }

    /** A plain value (maps, lists, strings, numbers, booleans, null) as a tree. */
    public static JsonNode toTree(Object plain) {
        return plain == null ? MAPPER.nullNode() : MAPPER.valueToTree(plain);
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
