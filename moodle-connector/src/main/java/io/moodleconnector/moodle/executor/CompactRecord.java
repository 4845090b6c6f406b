package io.moodleconnector.moodle.executor;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A JSON object of a reply as an unmodifiable {@code Map<String,Object>}: its keys are a {@link Shape} shared with
 * every object of the reply that has the same keys, its values one array. Iteration is in reply order; equality and
 * hash code are those of any {@link Map} with the same entries (so it equals a {@code LinkedHashMap} of the same
 * content), and JSON serialisers see an ordinary map.
 *
 * <p>Immutable once published: {@link #replace} is used only by the executor on a reply it has just read and not
 * yet handed out. Thread-safe after that.
 */
final class CompactRecord extends AbstractMap<String, Object> {
    private final Shape shape;
    private final Object[] values;
    private transient Set<Map.Entry<String, Object>> entries;

    /** A record of these values, one per key of the shape; the array is kept, not copied. */
    CompactRecord(Shape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    /** The position of a key, or -1. */
    int indexOf(Object key) {
        return shape.indexOf(key);
    }

    Shape shape() {
        return shape;
    }

    /** The values array itself, for {@link Portable} to hand over; not a copy. */
    Object[] valueArray() {
        return values;
    }

    Object valueAt(int i) {
        return values[i];
    }

    /** Replaces a value in place; only while the reply is being normalised, before anyone else sees it. */
    void replace(int i, Object value) {
        values[i] = value;
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return shape.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = shape.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        int i = shape.indexOf(key);
        return i < 0 ? defaultValue : values[i];
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        Set<Map.Entry<String, Object>> e = entries;
        if (e == null) {
            e = new Entries();
            entries = e;
        }
        return e;
    }

    @Override
    public Object put(String key, Object value) {
        throw unmodifiable();
    }

    @Override
    public Object remove(Object key) {
        throw unmodifiable();
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw unmodifiable();
    }

    @Override
    public void clear() {
        throw unmodifiable();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        throw unmodifiable();
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        throw unmodifiable();
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        throw unmodifiable();
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        throw unmodifiable();
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        throw unmodifiable();
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        throw unmodifiable();
    }

    private static UnsupportedOperationException unmodifiable() {
        return new UnsupportedOperationException("Moodle's reply data is unmodifiable; copy it to change it");
    }

    /** The entries in reply order; read-only views made on demand. */
    private final class Entries extends AbstractSet<Map.Entry<String, Object>> {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Iterator<Map.Entry<String, Object>> iterator() {
            return new Iterator<>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return next < values.length;
                }

                @Override
                public Map.Entry<String, Object> next() {
                    if (next >= values.length) {
                        throw new NoSuchElementException();
                    }
                    int i = next++;
                    return new SimpleImmutableEntry<>(shape.key(i), values[i]);
                }
            };
        }
    }
}
