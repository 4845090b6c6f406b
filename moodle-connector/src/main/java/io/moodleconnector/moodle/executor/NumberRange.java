package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.spi.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds numbers Moodle cannot read as they are: a whole number past 64 bits (PHP reads integers as its 64-bit
 * {@code int}; {@code 1e19} would turn into a float, or {@code PHP_INT_MAX}) and any number past a 64-bit float
 * ({@code 1e400} is {@code INF} in PHP). JSON Schema's {@code integer} accepts them, and the validator itself cannot
 * compare them with a {@code minimum} (it reads them as a {@code long}), hence a check of its own, run first.
 * Stateless.
 */
final class NumberRange {
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);

    private NumberRange() {
    }

    /** Where the input holds a number out of range, as token paths; empty when none does. */
    static List<List<Object>> find(JsonNode input) {
        List<List<Object>> out = new ArrayList<>();
        walk(input, new ArrayList<>(), out);
        return out;
    }

    /** A violation naming the pointer of an out-of-range number. */
    static Violation violation(List<Object> path) {
        return new Violation(JsonPointers.of(path), "a number past 64 bits: Moodle reads a whole number as a 64-bit"
                + " integer (" + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ") and any other as a 64-bit float",
                "range");
    }

    /** A copy of the input with {@code null} at each of these paths, which the schema validator can read. */
    static JsonNode masked(JsonNode input, List<List<Object>> paths) {
        JsonNode copy = input.deepCopy();
        for (List<Object> path : paths) {
            JsonNode parent = copy;
            for (int i = 0; i < path.size() - 1; i++) {
                Object t = path.get(i);
                parent = t instanceof Integer n ? parent.get(n) : parent.get((String) t);
            }
            Object last = path.get(path.size() - 1);
            if (parent instanceof ArrayNode a) {
                a.set((Integer) last, JsonNodeFactory.instance.nullNode());
            } else if (parent instanceof ObjectNode o) {
                o.set((String) last, JsonNodeFactory.instance.nullNode());
            }
        }
        return copy;
    }

    private static void walk(JsonNode node, List<Object> path, List<List<Object>> out) {
        if (node.isNumber()) {
            if (!inRange(node)) {
                out.add(List.copyOf(path));
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                path.add(e.getKey());
                walk(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                walk(node.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static boolean inRange(JsonNode number) {
        if (number.isDouble() || number.isFloat()) {
            double d = number.doubleValue();
            boolean whole = d == Math.rint(d);
            return Double.isFinite(d) && (!whole || Math.abs(d) < 0x1p63);
        }
        if (number.isIntegralNumber()) {
            return number.canConvertToLong();
        }
        BigDecimal d = number.decimalValue();
        boolean whole = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        if (whole) {
            return d.compareTo(LONG_MIN) >= 0 && d.compareTo(LONG_MAX) <= 0;
        }
        return d.abs().compareTo(DOUBLE_MAX) <= 0;
    }
}
