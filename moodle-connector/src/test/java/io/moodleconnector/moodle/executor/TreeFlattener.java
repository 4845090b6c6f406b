package io.moodleconnector.moodle.executor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** The pre-plain-values stage 2, kept whole as the oracle of {@code PlainStageTwoAgreesWithTreeTest}.
 *
 * <p>Was:
 * Stage 4, flatten: Moodle's parameters as the form variables PHP's {@code parse_str} turns back into them, e.g.
 * {@code groups[0][name]=A}, {@code options[ids][0]=5}, {@code groupids[0]=3}.
 *
 * <p>Booleans become {@code 1}/{@code 0} (Moodle refuses {@code true}); numbers their canonical text (no exponent,
 * no trailing {@code .0}, which PARAM_INT refuses); nulls are left out; empty arrays and objects are left out
 * because a form body cannot carry them (Moodle then reports a missing key rather than an empty list). Array
 * indexes are renumbered 0..n-1 over the elements that are sent, which is what Moodle does on receipt anyway.
 * Stateless and thread-safe.
 */
final class TreeFlattener {
    /** One form variable, decoded (the old transport's {@code FormField}). */
    record FormField(String name, String value) {
    }

    private TreeFlattener() {
    }

    /** The fields of a parameters object, in document order. */
    public static List<FormField> flatten(JsonNode params) {
        List<FormField> out = new ArrayList<>();
        if (params != null && params.isObject()) {
            StringBuilder name = new StringBuilder(32);
            for (Map.Entry<String, JsonNode> e : params.properties()) {
                name.setLength(0);
                add(name.append(e.getKey()), e.getValue(), out);
            }
        }
        return out;
    }

    /** How many fields {@link #flatten(JsonNode)} gives, without making them. */
    public static int count(JsonNode params) {
        return params != null && params.isObject() ? leaves(params) : 0;
    }

    /** How many fields one value gives wherever it is placed (what a batch item costs), without making them. */
    public static int countValue(JsonNode value) {
        return leaves(value);
    }

    /** How many fields the parameters give besides those of {@code skipped} (a node inside them, by identity). */
    public static int countWithout(JsonNode params, JsonNode skipped) {
        return params != null && params.isObject() ? leaves(params, skipped) : 0;
    }

    private static int leaves(JsonNode value) {
        return leaves(value, null);
    }

    private static int leaves(JsonNode value, JsonNode skipped) {
        if (value == null || value == skipped || value.isNull() || value.isMissingNode()) {
            return 0;
        }
        if (value.isContainer()) {
            int n = 0;
            for (JsonNode element : value) {
                n += leaves(element, skipped);
            }
            return n;
        }
        return 1;
    }

    // One builder per top-level field: a name is made into a String only at a leaf, not at every level.
    private static void add(StringBuilder name, JsonNode value, List<FormField> out) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        int length = name.length();
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                add(name.append('[').append(e.getKey()).append(']'), e.getValue(), out);
                name.setLength(length);
            }
        } else if (value.isArray()) {
            int index = 0;
            for (JsonNode element : value) {
                int before = out.size();
                add(name.append('[').append(index).append(']'), element, out);
                name.setLength(length);
                if (out.size() > before) {
                    index++;
                }
            }
        } else {
            out.add(new FormField(name.toString(), scalarText(value)));
        }
    }

    /** The text PHP and Moodle accept for a scalar: {@code 1}/{@code 0} for booleans, plain canonical numbers. */
    public static String scalarText(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue() ? "1" : "0";
        }
        if (value.isInt() || value.isLong()) {
            return Long.toString(value.longValue()); // the common case; a BigInteger per id was 8% of a batch
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
