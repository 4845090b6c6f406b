package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.Conversion;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The implementation of every {@link Conversion}: the one table of type conversions from Moodle's reply to the
 * normalised result, on plain values ({@code String}, {@code Long}, {@code BigDecimal}, {@code Boolean}, maps,
 * lists, null). A value a conversion cannot read is left as it is, except where the conversion says otherwise.
 * Stateless.
 */
public final class Conversions {
    private static final Map<Conversion, UnaryOperator<Object>> TABLE = table();

    private Conversions() {
    }

    private static Map<Conversion, UnaryOperator<Object>> table() {
        Map<Conversion, UnaryOperator<Object>> t = new EnumMap<>(Conversion.class);
        t.put(Conversion.TIMESTAMP, Conversions::timestamp);
        t.put(Conversion.BOOLEAN, Conversions::flag);
        t.put(Conversion.NUMBER, Conversions::number);
        return Collections.unmodifiableMap(t);
    }

    /** The converted value. */
    public static Object apply(Conversion conversion, Object value) {
        return TABLE.get(conversion).apply(value);
    }

    /** Epoch seconds to ISO-8601 UTC; 0 is Moodle's "never" and becomes null. */
    private static Object timestamp(Object v) {
        BigDecimal seconds = decimal(v);
        if (seconds == null) {
            return v;
        }
        if (seconds.signum() == 0) {
            return null;
        }
        return Instant.ofEpochSecond(seconds.longValue()).toString();
    }

    /** A 0/1 flag to a boolean. */
    private static Object flag(Object v) {
        if (v instanceof Boolean) {
            return v;
        }
        BigDecimal d = decimal(v);
        return d == null ? v : Boolean.valueOf(d.signum() != 0);
    }

    /** A numeric string to a number; a non-numeric string ({@code "-"}) to null. */
    private static Object number(Object v) {
        if (v instanceof Number || v == null) {
            return v;
        }
        BigDecimal d = decimal(v);
        if (d == null) {
            return null;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        if (stripped.scale() <= 0 && stripped.precision() - stripped.scale() < 19) {
            return stripped.longValueExact();
        }
        return d;
    }

    private static BigDecimal decimal(Object v) {
        if (v instanceof Long l) {
            return BigDecimal.valueOf(l);
        }
        if (v instanceof BigDecimal d) {
            return d;
        }
        if (v instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        if (v instanceof String s) {
            try {
                return new BigDecimal(s.strip());
            } catch (NumberFormatException e) {
                return null; // not a number: the caller decides what a non-number becomes
            }
        }
        return null;
    }
}
