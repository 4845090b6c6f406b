package io.moodleconnector.catalogue.model;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6901 JSON Pointers, as the catalogue uses them everywhere (data, defaults, convert, lookup and batch
 * pointers) and the executor and linter read them: the one place that splits, escapes and joins them. A catalogue
 * wildcard pointer is an ordinary pointer whose {@code *} tokens the reader gives their meaning. Stateless.
 */
public final class JsonPointers {
    private JsonPointers() {
    }

    /**
     * The unescaped tokens of a pointer; {@code ""} has none.
     *
     * @throws IllegalArgumentException if a non-empty pointer does not start with {@code /}
     */
    public static List<String> tokens(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer == null || pointer.isEmpty()) {
            return out;
        }
        if (!pointer.startsWith("/")) {
            throw new IllegalArgumentException("a JSON Pointer starts with '/': '" + pointer + "'");
        }
        // Scanned by hand: this runs for every default and asText pointer of every call.
        boolean escaped = pointer.indexOf('~') >= 0;
        int start = 1;
        while (true) {
            int end = pointer.indexOf('/', start);
            String raw = pointer.substring(start, end < 0 ? pointer.length() : end);
            out.add(escaped ? raw.replace("~1", "/").replace("~0", "~") : raw);
            if (end < 0) {
                return out;
            }
            start = end + 1;
        }
    }

    /** Escapes one token: {@code ~} as {@code ~0}, {@code /} as {@code ~1}. */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    /** A pointer made of these tokens (strings or integers). */
    public static String of(List<?> tokens) {
        StringBuilder sb = new StringBuilder();
        for (Object t : tokens) {
            sb.append('/').append(escape(String.valueOf(t)));
        }
        return sb.toString();
    }
}
