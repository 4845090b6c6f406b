package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.Conversion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The implementation of every {@link Conversion}: the one table of type conversions from Moodle's reply to the
 * normalised result. A value a conversion cannot read is left as it is, except where the conversion says
 * otherwise. Stateless.
 */
public final class Conversions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Map<Conversion, UnaryOperator<JsonNode>> TABLE = table();

    private Conversions() {
    }

    private static Map<Conversion, UnaryOperator<JsonNode>> table() {
        Map<Conversion, UnaryOperator<JsonNode>> t = new EnumMap<>(Conversion.class);
        t.put(Conversion.TIMESTAMP, Conversions::timestamp);
        t.put(Conversion.BOOLEAN, Conversions::flag);
        t.put(Conversion.NUMBER, Conversions::number);
        return java.util.Collections.unmodifiableMap(t);
    }

    /** The converted value. */
    public static JsonNode apply(Conversion conversion, JsonNode value) {
        return TABLE.get(conversion).apply(value);
    }

    /** Epoch seconds to ISO-8601 UTC; 0 is Moodle's "never" and becomes null. */
    private static JsonNode timestamp(JsonNode v) {
        BigDecimal seconds = decimal(v);
        if (seconds == null) {
            return v;
        }
        if (seconds.signum() == 0) {
            return NODES.nullNode();
        }
        return NODES.stringNode(Instant.ofEpochSecond(seconds.longValue()).toString());
    }

    /** A 0/1 flag to a boolean. */
    private static JsonNode flag(JsonNode v) {
        if (v.isBoolean()) {
            return v;
        }
        BigDecimal d = decimal(v);
        return d == null ? v : NODES.booleanNode(d.signum() != 0);
    }

    /** A numeric string to a number; a non-numeric string ({@code "-"}) to null. */
    private static JsonNode number(JsonNode v) {
        if (v.isNumber() || v.isNull()) {
            return v;
        }
        BigDecimal d = decimal(v);
        if (d == null) {
            return NODES.nullNode();
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
            return NODES.numberNode(stripped.longValueExact());
        }
        return NODES.numberNode(d);
    }

    private static BigDecimal decimal(JsonNode v) {
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isString()) {
            try {
                return new BigDecimal(v.asString().strip());
            } catch (NumberFormatException e) {
                return null; // not a number: the caller decides what a non-number becomes
            }
        }
        return null;
    }
}
