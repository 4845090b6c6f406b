package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.JsonPointers;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The plain values (maps, lists, text, numbers, booleans, null) that the request stages (map, chunk, flatten) read
 * and build instead of a Jackson tree: a 1,000-record batch was copied into some 12,000 tree nodes per call only to
 * be walked once. These values are never changed in place: an edit copies the maps and lists on its way
 * ({@link #update}), so a caller's input is shared, read, and left as it was.
 *
 * <p>{@link #canonical} first makes a caller's input one the stages can read exactly as they read the tree that
 * {@link InputTree} would build from it: anything else is converted by that tree. Stateless and thread-safe.
 */
public final class PlainValues {
    /** An array index as Jackson's {@code JsonNode.at} reads one: no sign, no leading zero. */
    private static final Pattern JACKSON_INDEX = Pattern.compile("0|[1-9][0-9]{0,8}");

    private PlainValues() {
    }

    /**
     * The value as the request stages read it: the value itself when it is already canonical (the common case, no
     * copy), else a copy in which every part that is not is replaced by what its {@link InputTree} holds.
     * Canonical: null, text, booleans, the JDK's number classes a tree keeps ({@code Integer}, {@code Long},
     * {@code Short}, {@code BigInteger}, {@code BigDecimal}, {@code Double}, {@code Float}), lists with random
     * access of canonical values, and maps of a JDK class ({@link InputValues#lookupsAgreeWithEntries}) with text keys and canonical
     * values, whose {@code get} finds exactly what their entries hold.
     */
    public static Object canonical(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long) {
            return value;
        }
        if (value instanceof Map<?, ?> map) {
            return canonicalMap(map);
        }
        if (value instanceof List<?> list) {
            // A list without random access (a linked list) is copied: the later stages read items by index.
            List<Object> copy = list instanceof RandomAccess ? null : new ArrayList<>(list);
            int i = 0;
            for (Object element : list) { // iterated as the tree reads it
                Object now = canonical(element);
                if (now != element && copy == null) {
                    copy = new ArrayList<>(list);
                }
                if (copy != null) {
                    copy.set(i, now);
                }
                i++;
            }
            return copy == null ? list : copy;
        }
        if (value instanceof Short || value instanceof BigInteger || value instanceof BigDecimal
                || value instanceof Double || value instanceof Float) {
            return value;
        }
        return fromTree(InputTree.of(value)); // a set, an array, a bean, a Byte...: Jackson's own rules
    }

    private static Object canonicalMap(Map<?, ?> map) {
        boolean plainMap = InputValues.lookupsAgreeWithEntries(map);
        Map<String, Object> copy = null;
        int index = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                return fromTree(InputTree.of(map)); // keys that are not text: Jackson's own rules for them
            }
            Object now = canonical(e.getValue());
            if (copy == null && (now != e.getValue() || !plainMap)) {
                copy = firstEntries(map, index);
            }
            if (copy != null) {
                copy.put(key, now);
            }
            index++;
        }
        return copy == null ? map : copy;
    }

    /** The map's first {@code n} entries, whose keys were seen to be text. */
    private static Map<String, Object> firstEntries(Map<?, ?> map, int n) {
        Map<String, Object> copy = new LinkedHashMap<>();
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (i++ == n) {
                break;
            }
            copy.put((String) e.getKey(), e.getValue());
        }
        return copy;
    }

    /**
     * A tree as canonical plain values: objects as insertion-ordered maps, arrays as lists, numbers as the class the
     * node holds ({@link JsonNode#numberValue()}, so each flattens to the same text as its node), anything else
     * as the node's text.
     */
    public static Object fromTree(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                map.put(e.getKey(), fromTree(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(fromTree(element));
            }
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNumber() ? node.numberValue() : node.asString();
    }

    /** The value at a pointer (no wildcards), or null when there is none; {@code ""} is the value itself. */
    public static Object at(Object root, String pointer) {
        Object node = root;
        for (String token : JsonPointers.tokens(pointer)) {
            if (node instanceof Map<?, ?> m) {
                node = m.get(token);
            } else if (node instanceof List<?> l && JACKSON_INDEX.matcher(token).matches()
                    && Integer.parseInt(token) < l.size()) {
                node = l.get(Integer.parseInt(token));
            } else {
                return null;
            }
        }
        return node;
    }

    /**
     * The value with every slot a wildcard pointer names replaced by {@code edit} of what it holds (null when
     * absent); a {@code *} token names every element of an array. The containers on the way must exist; the last
     * token need not (so a default can be put there). The root pointer {@code ""} names no slot.
     *
     * @return {@code root} itself when {@code edit} changed nothing (by identity), else a copy of the maps and lists
     *         on the way to what it changed; nothing is changed in place
     */
    public static Object update(Object root, String wildcardPointer, UnaryOperator<Object> edit) {
        List<String> tokens = JsonPointers.tokens(wildcardPointer);
        return tokens.isEmpty() ? root : update(root, tokens, 0, edit);
    }

    private static Object update(Object node, List<String> tokens, int depth, UnaryOperator<Object> edit) {
        String token = tokens.get(depth);
        if (node instanceof List<?> list) {
            int from = 0;
            int to = list.size();
            if (!token.equals("*")) {
                if (!isIndex(token) || Integer.parseInt(token) >= list.size()) {
                    return list;
                }
                from = Integer.parseInt(token);
                to = from + 1;
            }
            List<Object> copy = null;
            for (int i = from; i < to; i++) {
                Object before = list.get(i);
                Object now = child(before, tokens, depth, edit);
                if (now != before) {
                    copy = copy != null ? copy : new ArrayList<>(list);
                    copy.set(i, now);
                }
            }
            return copy == null ? list : copy;
        }
        if (node instanceof Map<?, ?> map && !token.equals("*")) {
            Object before = map.get(token);
            Object now = child(before, tokens, depth, edit);
            if (now == before) {
                return map;
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put(token, now); // an existing key keeps its place, a new one goes last, as in a tree
            return copy;
        }
        return node;
    }

    private static Object child(Object value, List<String> tokens, int depth, UnaryOperator<Object> edit) {
        if (depth == tokens.size() - 1) {
            return edit.apply(value);
        }
        return value instanceof Map<?, ?> || value instanceof List<?> ? update(value, tokens, depth + 1, edit) : value;
    }

    /** An array index as the catalogue's wildcard pointers have always read one (leading zeros allowed). */
    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
