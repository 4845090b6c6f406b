package io.moodleconnector.host.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Small reads of plain JSON values (maps, lists, numbers) for the scenario's expectations. Stateless. */
final class Values {
    private Values() {
    }

    /** The value itself when it is a list; else an empty list. */
    static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    /** {@code value[key]} when value is an object; else null. */
    static Object field(Object value, String key) {
        return value instanceof Map<?, ?> m ? m.get(key) : null;
    }

    /** {@code value[index][key]} as a long; fails with the data shown when it is not there. */
    static long id(Object value, int index, String key) {
        Object field = field(list(value).size() > index ? list(value).get(index) : null, key);
        if (field instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("no number at [" + index + "]." + key + " in " + value);
    }

    /** Equality across number types: 2 (Long) equals 2 (Integer), 87.5 equals 87.50. */
    static boolean same(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(e.toString())) == 0;
        }
        return actual != null && actual.equals(expected);
    }
}
