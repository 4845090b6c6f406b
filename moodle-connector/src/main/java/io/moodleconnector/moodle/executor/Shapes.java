package io.moodleconnector.moodle.executor;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes met while reading one reply, so that objects with the same keys share one {@link Shape}. The shape
 * last made at each nesting depth is tried first (siblings in an array usually match it); a bounded table catches
 * the rest. One instance per reply read; not thread-safe.
 */
final class Shapes {
    /** Beyond this many distinct shapes, new ones are not remembered: a reply of endlessly varied objects. */
    private static final int MAX_REMEMBERED = 4096;

    private final Map<List<String>, Shape> known = new HashMap<>();
    private Shape[] lastAtDepth = new Shape[8];
    private long madeBytes;

    /**
     * The estimated heap of the shapes made since the last call: the shape, its keys (each charged as a new string,
     * though Jackson may share them) and, past 8 keys, its hash index. Shared shapes cost nothing.
     */
    long takeMadeBytes() {
        long made = madeBytes;
        madeBytes = 0;
        return made;
    }

    /** The shape last made at nesting depth {@code depth}, or null. */
    Shape last(int depth) {
        return depth < lastAtDepth.length ? lastAtDepth[depth] : null;
    }

    /** The shape of the first {@code n} names (distinct), at nesting depth {@code depth}. */
    Shape of(String[] names, int n, int depth) {
        if (depth >= lastAtDepth.length) {
            lastAtDepth = Arrays.copyOf(lastAtDepth, Math.max(depth + 1, lastAtDepth.length * 2));
        }
        Shape last = lastAtDepth[depth];
        if (last != null && last.sameKeys(names, n)) {
            return last;
        }
        String[] keys = Arrays.copyOf(names, n);
        List<String> id = Arrays.asList(keys);
        Shape shape = known.get(id);
        if (shape == null) {
            shape = new Shape(keys);
            madeBytes += 32 + 4L * n + (n > 8 ? 64 + 48L * n : 0);
            for (String k : keys) {
                madeBytes += 40 + k.length();
            }
            if (known.size() < MAX_REMEMBERED) {
                known.put(id, shape);
            }
        }
        lastAtDepth[depth] = shape;
        return shape;
    }
}
