package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.CompactMap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes (key lists) met while reading one reply, so that objects with the same keys share one
 * {@link CompactMap.Keys} (Moodle's replies are arrays of records with the same keys: a record then costs its values
 * only). The keys last made at each nesting depth are tried first (siblings in an array usually match them); a
 * bounded table catches the rest. One instance per reply read; not thread-safe.
 */
final class Shapes {
    /** Beyond this many distinct shapes, new ones are not remembered: a reply of endlessly varied objects. */
    private static final int MAX_REMEMBERED = 4096;

    private final CompactMap.Editor editor;
    private final Map<List<String>, CompactMap.Keys> known = new HashMap<>();
    private CompactMap.Keys[] lastAtDepth = new CompactMap.Keys[8];
    private long madeBytes;

    /** Shapes whose maps {@code editor} may change. */
    Shapes(CompactMap.Editor editor) {
        this.editor = editor;
    }

    /**
     * The estimated heap of the shapes made since the last call: the keys object, its array, its keys (each charged
     * as a new string, though Jackson may share them) and, past 8 keys, its hash index. Shared shapes cost nothing.
     */
    long takeMadeBytes() {
        long made = madeBytes;
        madeBytes = 0;
        return made;
    }

    /** The keys last made at nesting depth {@code depth}, or null. */
    CompactMap.Keys last(int depth) {
        return depth < lastAtDepth.length ? lastAtDepth[depth] : null;
    }

    /** The keys of the first {@code n} names (distinct), at nesting depth {@code depth}. */
    CompactMap.Keys of(String[] names, int n, int depth) {
        if (depth >= lastAtDepth.length) {
            lastAtDepth = Arrays.copyOf(lastAtDepth, Math.max(depth + 1, lastAtDepth.length * 2));
        }
        CompactMap.Keys last = lastAtDepth[depth];
        if (last != null && sameKeys(last, names, n)) {
            return last;
        }
        String[] copy = Arrays.copyOf(names, n);
        List<String> id = Arrays.asList(copy);
        CompactMap.Keys keys = known.get(id);
        if (keys == null) {
            keys = editor.keys(copy);
            madeBytes += 40 + 4L * n + (n > 8 ? 64 + 48L * n : 0);
            for (String k : copy) {
                madeBytes += 40 + k.length();
            }
            if (known.size() < MAX_REMEMBERED) {
                known.put(id, keys);
            }
        }
        lastAtDepth[depth] = keys;
        return keys;
    }

    /** Whether these keys are exactly the first {@code n} of {@code names}. */
    private static boolean sameKeys(CompactMap.Keys keys, String[] names, int n) {
        if (n != keys.size()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            String k = keys.get(i);
            if (k != names[i] && !k.equals(names[i])) { // names are canonical: usually the same instance
                return false;
            }
        }
        return true;
    }
}
