package io.moodleconnector.moodle.executor;

import io.moodleconnector.moodle.transport.FormWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Stage 4, flatten: Moodle's parameters ({@link PlainValues}) as the form variables PHP's {@code parse_str} turns
 * back into them, e.g. {@code groups[0][name]=A}, {@code options[ids][0]=5}, {@code groupids[0]=3}.
 *
 * <p>Booleans become {@code 1}/{@code 0} (Moodle refuses {@code true}); numbers their canonical text (no exponent,
 * no trailing {@code .0}, which PARAM_INT refuses); nulls are left out; empty arrays and objects are left out
 * because a form body cannot carry them (Moodle then reports a missing key rather than an empty list). Array
 * indexes are renumbered 0..n-1 over the elements that are sent, which is what Moodle does on receipt anyway.
 * Stateless and thread-safe.
 */
public final class FormFlattener {
    private FormFlattener() {
    }

    /** Writes the fields of a parameters object, in its order; none when the parameters are not an object. */
    public static void write(Object params, FormWriter out) {
        if (params instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.name((String) e.getKey());
                add(e.getValue(), out);
            }
        }
    }

    /** How many fields {@link #write} writes, without writing them. */
    public static int count(Object params) {
        return params instanceof Map<?, ?> ? leaves(params, null) : 0;
    }

    /** How many fields one value gives wherever it is placed (what a batch item costs), without making them. */
    public static int countValue(Object value) {
        return leaves(value, null);
    }

    /** How many fields the parameters give besides those of {@code skipped} (a value inside them, by identity). */
    public static int countWithout(Object params, Object skipped) {
        return params instanceof Map<?, ?> ? leaves(params, skipped) : 0;
    }

    private static int leaves(Object value, Object skipped) {
        if (value == null || value == skipped) {
            return 0;
        }
        if (value instanceof Map<?, ?> map) {
            int n = 0;
            for (Object element : map.values()) {
                n += leaves(element, skipped);
            }
            return n;
        }
        if (value instanceof List<?> list) {
            int n = 0;
            for (Object element : list) {
                n += leaves(element, skipped);
            }
            return n;
        }
        return 1;
    }

    // The name is a stack in the writer: each level adds its [part] once, for all the fields below it.
    private static void add(Object value, FormWriter out) {
        if (value == null) {
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                int mark = out.key((String) e.getKey());
                add(e.getValue(), out);
                out.cut(mark);
            }
        } else if (value instanceof List<?> list) {
            int index = 0;
            for (Object element : list) {
                int before = out.fields();
                int mark = out.index(index);
                add(element, out);
                out.cut(mark);
                if (out.fields() > before) {
                    index++;
                }
            }
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            out.value(((Number) value).longValue()); // ids: their digits, with no string made per id
        } else {
            out.value(scalarText(value));
        }
    }

    /**
     * The text PHP and Moodle accept for a canonical scalar ({@link PlainValues#canonical}): the same as
     * {@link #scalarText(JsonNode)} of the node {@link InputTree} makes of it.
     */
    public static String scalarText(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Boolean b) {
            return b ? "1" : "0";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Long.toString(((Number) value).longValue()); // a BigInteger per id was 8% of a batch
        }
        return scalarText(InputTree.of(value)); // decimals, big integers: the node's own reading of them
    }

    /** The text PHP and Moodle accept for a scalar: {@code 1}/{@code 0} for booleans, plain canonical numbers. */
    public static String scalarText(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "1" : "0";
        }
        if (value.isInt() || value.isLong()) {
            return Long.toString(value.longValue());
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            BigDecimal d = value.decimalValue().stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        }
        return value.asString();
    }
}
