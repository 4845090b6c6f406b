package io.moodleconnector.moodle.compose;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.moodle.executor.PlainValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Pointers over plain values (maps, lists, scalars): read one, build an object from pointer pairs. Stateless. */
final class PlainPointers {
    private PlainPointers() {
    }

    /** The value at a pointer, or null when there is none ({@code ""} is the value itself). */
    static Object at(Object root, String pointer) {
        return PlainValues.at(root, pointer);
    }

    /** Absent, null, or empty text: Moodle's "not set" for an optional key such as an id number. */
    static boolean unset(Object value) {
        return value == null || (value instanceof CharSequence s && s.isEmpty());
    }

    /**
     * A step's input: for each entry, the source's value at the target pointer ({@code ""} = the whole input).
     *
     * @return the input, or null when a source is {@linkplain #unset unset} and {@code skipWhenUnset} (a find step
     *         for a key that was not given); otherwise unset sources are left out
     */
    static Object build(Map<String, String> mapping, Object source, boolean skipWhenUnset) {
        Object out = new LinkedHashMap<String, Object>();
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            Object value = at(source, e.getValue());
            if (unset(value)) {
                if (skipWhenUnset) {
                    return null;
                }
                continue;
            }
            if (e.getKey().isEmpty()) {
                out = value;
            } else {
                put(out, JsonPointers.tokens(e.getKey()), value);
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void put(Object root, List<String> tokens, Object value) {
        Map<String, Object> node = (Map<String, Object>) root;
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            node = (Map<String, Object>) node.computeIfAbsent(t, k -> new LinkedHashMap<String, Object>());
        }
        node.put(tokens.get(tokens.size() - 1), value);
    }

    /** A copy of a plain input object with the array at a top-level-or-deeper pointer replaced. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withArray(Map<String, Object> input, String pointer, List<Object> elements) {
        Map<String, Object> copy = new LinkedHashMap<>(input);
        List<String> tokens = JsonPointers.tokens(pointer);
        Map<String, Object> node = copy;
        for (String t : tokens.subList(0, tokens.size() - 1)) {
            Map<String, Object> child = new LinkedHashMap<>((Map<String, Object>) node.get(t));
            node.put(t, child);
            node = child;
        }
        node.put(tokens.get(tokens.size() - 1), new ArrayList<>(elements));
        return copy;
    }
}
