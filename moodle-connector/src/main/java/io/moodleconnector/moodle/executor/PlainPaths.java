package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.Conversion;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.spi.CompactMap;
import java.util.List;
import java.util.Map;

/**
 * JSON Pointers over the plain values {@link PlainJsonReader} makes: {@link #at} selects a value as
 * {@code JsonNode.at} would; {@link #convert} applies a conversion at a catalogue wildcard pointer (a {@code *}
 * token matches every element of an array) with the same reach as {@link Pointers#slots}. Stateless.
 */
final class PlainPaths {
    private PlainPaths() {
    }

    /** The value a pointer names, or null when there is none ({@code ""} is the value itself). */
    static Object at(Object root, String pointer) {
        Object node = root;
        for (String token : JsonPointers.tokens(pointer)) {
            if (node instanceof Map<?, ?> m) {
                node = m.get(token);
            } else if (node instanceof List<?> l) {
                int i = arrayIndex(token);
                node = i >= 0 && i < l.size() ? l.get(i) : null;
            } else {
                return null;
            }
        }
        return node;
    }

    /**
     * Converts, in place (through {@link PlainJsonReader#EDITOR}), every value a wildcard pointer names in a reply
     * just read (not yet handed out), and returns the data, itself converted when the pointer is {@code ""}. Values
     * the reader did not make are left as they are.
     */
    static Object convert(Object data, String pointer, Conversion conversion) {
        return convert(data, JsonPointers.tokens(pointer), 0, conversion);
    }

    private static Object convert(Object node, List<String> tokens, int depth, Conversion conversion) {
        if (depth == tokens.size()) {
            return Conversions.apply(conversion, node);
        }
        String token = tokens.get(depth);
        CompactMap.Editor editor = PlainJsonReader.EDITOR;
        if (!editor.owns(node)) {
            return node;
        }
        if (node instanceof CompactMap m && !token.equals("*")) {
            int i = m.keys().indexOf(token);
            if (i >= 0) {
                editor.set(m, i, convert(m.get(token), tokens, depth + 1, conversion));
            }
        } else if (node instanceof List<?> l) {
            if (token.equals("*")) {
                for (int i = 0; i < l.size(); i++) {
                    editor.set(l, i, convert(l.get(i), tokens, depth + 1, conversion));
                }
            } else if (isIndex(token) && Integer.parseInt(token) < l.size()) {
                int i = Integer.parseInt(token);
                editor.set(l, i, convert(l.get(i), tokens, depth + 1, conversion));
            }
        }
        return node;
    }

    /** A JSON Pointer array index (digits, no leading zero), or -1. */
    private static int arrayIndex(String token) {
        if (!isIndex(token) || (token.length() > 1 && token.charAt(0) == '0')) {
            return -1;
        }
        return Integer.parseInt(token);
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
