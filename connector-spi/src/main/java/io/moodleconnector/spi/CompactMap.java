package io.moodleconnector.spi;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A JSON object of a result as an unmodifiable, insertion-ordered {@code Map<String,Object>} whose keys are shared
 * with every other object of the same shape: a reply of 60,000 user records holds one key array, not 60,000 hash
 * tables. Equality and hash code are those of any {@link Map} with the same entries (it equals a
 * {@code LinkedHashMap} of the same content), and JSON serialisers see an ordinary map.
 *
 * <p>It lives in the SPI, loaded by the host, so that results stay usable after the plugin that made them has been
 * stopped and its class loader closed. Immutable and thread-safe: only the {@link Editor} that made a map's
 * {@link Keys} can change its values, and its creator does so only before handing the map to anyone.
 */
public final class CompactMap extends AbstractMap<String, Object> {
    private final Keys keys;
    private final Object[] values;
    private transient Set<Map.Entry<String, Object>> entries;

    private CompactMap(Keys keys, Object[] values) {
        this.keys = keys;
        this.values = values;
    }

    /**
     * A map of these values, one per key, in order. The array is kept, not copied (a large reply is never copied):
     * the caller hands it over and must not change it afterwards.
     *
     * @throws IllegalArgumentException when there are not exactly as many values as keys
     */
    public static CompactMap of(Keys keys, Object[] values) {
        if (values.length != keys.size()) {
            throw new IllegalArgumentException(keys.size() + " keys but " + values.length + " values");
        }
        return new CompactMap(keys, values);
    }

    /** The keys of this map, in order (shared with every map of the same shape). */
    public Keys keys() {
        return keys;
    }

    /** The keys of one shape of object, in order; immutable and thread-safe, meant to be shared. */
    public static final class Keys {
        /** Above this many keys a lookup goes through a hash index instead of a scan. */
        private static final int SCAN = 8;
        private final String[] names;
        private final Map<String, Integer> index;
        /** The one editor that may change the values of maps of these keys; null for none. */
        private final Editor editor;

        private Keys(String[] names, Editor editor) {
            this.names = names;
            this.editor = editor;
            if (names.length > SCAN) {
                Map<String, Integer> m = new HashMap<>(names.length * 2);
                for (int i = 0; i < names.length; i++) {
                    m.put(names[i], i);
                }
                this.index = m;
            } else {
                this.index = null;
            }
        }

        /**
         * These keys, in order.
         *
         * @throws IllegalArgumentException when a key repeats or is null
         */
        public static Keys of(String... names) {
            return of(names, null);
        }

        private static Keys of(String[] names, Editor editor) {
            String[] copy = names.clone();
            Set<String> seen = new HashSet<>();
            for (String n : copy) {
                if (n == null || !seen.add(n)) {
                    throw new IllegalArgumentException("keys must be distinct and not null: " + Arrays.toString(copy));
                }
            }
            return new Keys(copy, editor);
        }

        public int size() {
            return names.length;
        }

        /** The key at position {@code i}. */
        public String get(int i) {
            return names[i];
        }

        /** The position of a key, or -1. */
        public int indexOf(Object key) {
            if (index != null) {
                Integer i = index.get(key);
                return i == null ? -1 : i;
            }
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The right to change, in place, the values of the maps whose {@link Keys} it made and the elements of the lists
     * it made. For the code that builds a large result (a connector decoding a reply, then converting some of its
     * values) and must not copy it: it changes the values only until it hands them over. Whoever receives them
     * cannot change them, having no editor of theirs (an editor of one's own changes only what it made itself), so
     * keep an editor private to the code that builds the values. Changes are not synchronised: make them before the
     * values are shared.
     */
    public static final class Editor {
        /** An editor that may change only what it makes. */
        public Editor() {
        }

        /**
         * Keys, as {@link Keys#of}, whose maps this editor may change.
         *
         * @throws IllegalArgumentException when a key repeats or is null
         */
        public Keys keys(String... names) {
            return Keys.of(names, this);
        }

        /**
         * An unmodifiable list of these elements (nulls allowed) that this editor may change, with the equality and
         * hash code of any {@link List}. The array is kept, not copied: the caller hands it over and changes it
         * afterwards only through {@link #set(List, int, Object)}.
         */
        public List<Object> list(Object[] elements) {
            return new CompactList(elements, this);
        }

        /** Whether this editor may change a value: a map of keys it made, or a list it made. */
        public boolean owns(Object value) {
            return value instanceof CompactMap m && m.keys.editor == this
                    || value instanceof CompactList l && l.editor == this;
        }

        /**
         * Replaces the value at position {@code i} (of its {@link #keys()}) of a map of keys this editor made.
         *
         * @throws UnsupportedOperationException when this editor did not make the map's keys
         */
        public void set(CompactMap map, int i, Object value) {
            if (map.keys.editor != this) {
                throw notOwned();
            }
            map.values[i] = value;
        }

        /**
         * Replaces the element at position {@code i} of a list this editor made.
         *
         * @throws UnsupportedOperationException when this editor did not make the list
         */
        public void set(List<?> list, int i, Object value) {
            if (!(list instanceof CompactList l) || l.editor != this) {
                throw notOwned();
            }
            l.elements[i] = value;
        }

    }

    private static UnsupportedOperationException notOwned() {
        return new UnsupportedOperationException("only the editor that made a value may change it");
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return keys.indexOf(key) >= 0;
    }

    @Override
    public Object get(Object key) {
        int i = keys.indexOf(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public Object getOrDefault(Object key, Object defaultValue) {
        int i = keys.indexOf(key);
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
        return new UnsupportedOperationException("a connector result is unmodifiable; copy it to change it");
    }

    /** The entries in order; read-only views made on demand. */
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
                    return new SimpleImmutableEntry<>(keys.get(i), values[i]);
                }
            };
        }
    }
}
