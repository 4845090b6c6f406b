package io.moodleconnector.spi;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one table of connection tuning options. Each row declares an option once: its name in a connection config,
 * its JSON type, default, bounds and description. {@link ConnectionOptions} (values, builder checks, equality),
 * {@link ConnectionSpec#schema} (the JSON Schema a host renders) and {@link ConnectionSpec#validate} (offline
 * validation) all derive from it, so adding an option is one row here plus its typed accessor and builder method.
 */
enum ConnectionOption {
    CONNECT_TIMEOUT("connectTimeout", Kind.MILLIS, Duration.ofSeconds(10), 1, Bound.HOUR_MS,
            "How long to wait for the TCP (and TLS) connection, in milliseconds."),
    READ_TIMEOUT("readTimeout", Kind.MILLIS, Duration.ofSeconds(60), 1, Bound.HOUR_MS,
            "The longest silence allowed while reading a reply, in milliseconds."),
    CALL_TIMEOUT("callTimeout", Kind.MILLIS, Duration.ofSeconds(120), 1, Bound.HOUR_MS,
            "The deadline of one HTTP request, from connecting to the last byte of the reply, in milliseconds."),
    MAX_INPUT_VARS("maxInputVars", Kind.INTEGER, 1000, 4, 1_000_000,
            "The most form variables one request may carry, the three protocol fields included. PHP silently drops"
                    + " variables beyond the site's max_input_vars; batches are split to stay within this. 1000 is"
                    + " PHP's default."),
    MAX_RESPONSE_BYTES("maxResponseBytes", Kind.LONG, 64L * 1024 * 1024, 1, 4L * 1024 * 1024 * 1024,
            "The largest reply body accepted, in bytes; a larger one fails the call instead of filling the heap."),
    MAX_IN_FLIGHT("maxInFlight", Kind.INTEGER, 4, 1, 1000,
            "The most requests in flight at once to this site (URL and token), across every connector instance,"
                    + " connection and host thread of the plugin."),
    REQUESTS_PER_SECOND("requestsPerSecond", Kind.NUMBER, 10.0, Bound.ABOVE_ZERO, 1_000_000,
            "The most requests started per second to this site (URL and token), across every connector instance,"
                    + " connection and host thread of the plugin."),
    MAX_READ_ATTEMPTS("maxReadAttempts", Kind.INTEGER, 3, 1, 10,
            "How many times a read method is tried in all on transport errors, HTTP 5xx and 429. Writes are tried"
                    + " once, because Moodle's creates are not idempotent."),
    RETRY_BACKOFF("retryBackoff", Kind.MILLIS, Duration.ofMillis(200), 0, 60_000,
            "The first retry's delay in milliseconds; each later one doubles it, with jitter."),
    ALLOW_PLAIN_HTTP("allowPlainHttp", Kind.BOOLEAN, false, 0, 0,
            "Whether plain http:// is allowed to a host that is not loopback; the token would cross the network in"
                    + " clear text. TLS certificate checks are never switched off."),
    ISOLATE_FAILURES("isolateFailures", Kind.BOOLEAN, true, 0, 0,
            "Whether a batch write that Moodle refused because of one record (nothing of that request was written)"
                    + " is split and resent in halves until each bad record is alone, so that only the bad records"
                    + " fail.");

    /** The JSON type of an option and how its Java value is written in a config. */
    enum Kind {
        /** A {@link Duration}, written as an integer number of milliseconds. */
        MILLIS("integer"),
        INTEGER("integer"),
        LONG("integer"),
        NUMBER("number"),
        BOOLEAN("boolean");

        final String jsonType;

        Kind(String jsonType) {
            this.jsonType = jsonType;
        }
    }

    /** Named bounds, so the table stays readable. */
    private static final class Bound {
        static final long HOUR_MS = 3_600_000L;
        /** Stands for an excluded lower bound of 0 ({@code exclusiveMinimum: 0}): any positive value. */
        static final double ABOVE_ZERO = Double.MIN_VALUE;
    }

    final String key;
    final Kind kind;
    final Object defaultValue;
    final double minimum;
    final double maximum;
    final String description;

    ConnectionOption(String key, Kind kind, Object defaultValue, double minimum, double maximum, String description) {
        this.key = key;
        this.kind = kind;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.maximum = maximum;
        this.description = description;
    }

    /** Whether the lower bound excludes its value ({@code exclusiveMinimum} rather than {@code minimum}). */
    boolean exclusiveMinimum() {
        return minimum == Bound.ABOVE_ZERO;
    }

    /** The option's JSON Schema. */
    Map<String, Object> schema() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("type", kind.jsonType);
        s.put("default", toJson(defaultValue));
        if (kind != Kind.BOOLEAN) {
            s.put(exclusiveMinimum() ? "exclusiveMinimum" : "minimum", jsonNumber(exclusiveMinimum() ? 0 : minimum));
            s.put("maximum", jsonNumber(maximum));
        }
        s.put("description", description);
        return s;
    }

    private Object jsonNumber(double bound) {
        return kind == Kind.NUMBER ? (Object) bound : (Object) (long) bound;
    }

    /** A Java value as it is written in a config: durations as milliseconds. */
    Object toJson(Object javaValue) {
        return kind == Kind.MILLIS ? (Object) ((Duration) javaValue).toMillis() : javaValue;
    }

    /**
     * Checks a Java value given to the builder.
     *
     * @return the problem, naming the option and what it expects, or null when the value is fine
     */
    String problemWith(Object javaValue) {
        if (javaValue == null) {
            return key + " must be set";
        }
        if (kind == Kind.BOOLEAN) {
            return null;
        }
        double v = kind == Kind.MILLIS ? millisOf((Duration) javaValue) : ((Number) javaValue).doubleValue();
        return outOfRange(v);
    }

    private static double millisOf(Duration d) {
        // A sub-millisecond positive duration rounds up, so that "positive" survives the conversion.
        long ms = d.toMillis();
        return ms == 0 && d.isNegative() ? -1 : ms == 0 && !d.isZero() ? 1 : ms;
    }

    private String outOfRange(double v) {
        if (Double.isNaN(v) || (exclusiveMinimum() ? !(v > 0) : v < minimum) || v > maximum) {
            return key + " must be " + range() + ", got " + (kind == Kind.NUMBER ? Double.toString(v) : Long.toString((long) v));
        }
        return null;
    }

    /** The allowed range in words, e.g. {@code between 1 and 1000 ms}. */
    String range() {
        String unit = kind == Kind.MILLIS ? " ms" : kind == Kind.LONG && this == MAX_RESPONSE_BYTES ? " bytes" : "";
        String low = exclusiveMinimum() ? "greater than 0" : "at least " + format(minimum);
        return low + " and at most " + format(maximum) + unit;
    }

    private String format(double bound) {
        return kind == Kind.NUMBER ? BigDecimal.valueOf(bound).stripTrailingZeros().toPlainString() : Long.toString((long) bound);
    }

    /**
     * Reads a config value (a plain JSON value) as this option's Java value.
     *
     * @return the Java value, or a {@link Violation} at {@code /key} saying what was expected
     */
    Object fromJson(Object json) {
        String pointer = "/" + key;
        if (kind == Kind.BOOLEAN) {
            return json instanceof Boolean ? json : new Violation(pointer, typeName(json) + " found, boolean expected", "type");
        }
        if (!(json instanceof Number n)) {
            return new Violation(pointer, typeName(json) + " found, " + kind.jsonType + " expected", "type");
        }
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            // NaN and the infinities are no JSON numbers at all.
            return new Violation(pointer, n + " found, a finite " + kind.jsonType + " expected", "type");
        }
        BigDecimal exact = new BigDecimal(n.toString());
        if (!kind.jsonType.equals("number") && exact.stripTrailingZeros().scale() > 0) {
            return new Violation(pointer, "number " + n + " found, integer expected", "type");
        }
        double v = exact.doubleValue();
        String problem = outOfRange(v);
        if (problem != null) {
            return new Violation(pointer, "must be " + range() + ", got " + exact.stripTrailingZeros().toPlainString(),
                    v > maximum ? "maximum" : exclusiveMinimum() ? "exclusiveMinimum" : "minimum");
        }
        return switch (kind) {
            case MILLIS -> Duration.ofMillis(exact.longValue());
            case INTEGER -> exact.intValue();
            case LONG -> exact.longValue();
            case NUMBER -> exact.doubleValue();
            case BOOLEAN -> throw new AssertionError("handled above");
        };
    }

    /** The JSON type name of a plain value, for messages. */
    static String typeName(Object json) {
        if (json == null) {
            return "null";
        }
        if (json instanceof String) {
            return "string";
        }
        if (json instanceof Boolean) {
            return "boolean";
        }
        if (json instanceof Number) {
            return "number";
        }
        if (json instanceof Map) {
            return "object";
        }
        if (json instanceof java.util.List) {
            return "array";
        }
        return json.getClass().getSimpleName();
    }

    /** The option with this config key, or null. */
    static ConnectionOption byKey(String key) {
        for (ConnectionOption o : values()) {
            if (o.key.equals(key)) {
                return o;
            }
        }
        return null;
    }
}
