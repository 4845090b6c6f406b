package io.moodleconnector.host.cli;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out of the CLI, with Jackson 3. Input becomes the SPI's plain JSON values (objects as maps, integers as
 * {@code Long}, decimals as {@code BigDecimal}); output is written from plain values. Stateless and thread-safe.
 */
final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS,
                    DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // A key given twice is almost always a mistake; taking the last one silently would hide it.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final ObjectWriter PRETTY = MAPPER.writerWithDefaultPrettyPrinter();

    private Json() {
    }

    /**
     * Parses a JSON object.
     *
     * @param text  the JSON text
     * @param where where it came from, for the message, e.g. {@code --input}
     * @throws InvalidInputException naming the line and column when the text is not JSON or not an object
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parseObject(String text, String where) {
        Object value;
        try {
            value = MAPPER.readValue(text, Object.class);
        } catch (JacksonException e) {
            throw invalid(where + " is not valid JSON: " + e.getOriginalMessage() + at(e.getLocation()), "json");
        }
        if (!(value instanceof Map)) {
            throw invalid(where + " must be a JSON object, got " + kind(value), "type");
        }
        return (Map<String, Object>) value;
    }

    private static InvalidInputException invalid(String message, String keyword) {
        return new InvalidInputException(message, List.of(new Violation("", message, keyword)), null);
    }

    private static String at(TokenStreamLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String kind(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof List) {
            return "an array";
        }
        return value instanceof String ? "a string" : value instanceof Boolean ? "a boolean" : "a number";
    }

    /** One line of JSON. */
    static String compact(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    /** Indented JSON for people. */
    static String pretty(Object value) {
        return PRETTY.writeValueAsString(value);
    }
}
