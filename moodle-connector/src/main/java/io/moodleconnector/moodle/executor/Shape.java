package io.moodleconnector.moodle.executor;

import java.util.HashMap;
import java.util.Map;

/**
 * The keys of a JSON object, in reply order, shared by every object of a reply that has the same keys (Moodle's
 * replies are arrays of records with the same keys): a record then costs its values only. Immutable and
 * thread-safe.
 */
final class Shape {
    /** Above this many keys a lookup goes through a hash index instead of a scan. */
    private static final int SCAN = 8;

    private final String[] keys;
    private final Map<String, Integer> index;

    /** A shape of these keys, which must be distinct; the array is kept, not copied. */
    Shape(String[] keys) {
        this.keys = keys;
        if (keys.length > SCAN) {
            Map<String, Integer> m = new HashMap<>(keys.length * 2);
            for (int i = 0; i < keys.length; i++) {
                m.put(keys[i], i);
            }
            this.index = m;
        } else {
            this.index = null;
        }
    }

    int size() {
        return keys.length;
    }

    String key(int i) {
        return keys[i];
    }

    /** The position of a key, or -1. */
    int indexOf(Object key) {
        if (index != null) {
            Integer i = index.get(key);
            return i == null ? -1 : i;
        }
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether this shape's keys are exactly the first {@code n} of {@code names}. */
    boolean sameKeys(String[] names, int n) {
        if (n != keys.length) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (keys[i] != names[i] && !keys[i].equals(names[i])) { // names are canonical: usually the same instance
                return false;
            }
        }
        return true;
    }
}
