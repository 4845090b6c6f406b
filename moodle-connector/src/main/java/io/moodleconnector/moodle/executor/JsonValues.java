package io.moodleconnector.moodle.executor;

import java.math.BigDecimal;
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
     * {@link Long} (or {@link BigDecimal} beyond its range), decimals {@link BigDecimal}. See {@link PlainTrees}.
     */
    public static Object toPlain(JsonNode node) {
        return PlainTrees.toPlain(node);
    }

    /** A plain object, as {@link #toPlain} gives it, or an empty map for anything that is not an object. */
    public static Map<String, Object> toPlainObject(JsonNode node) {
        return PlainTrees.toPlainObject(node);
    }
}
