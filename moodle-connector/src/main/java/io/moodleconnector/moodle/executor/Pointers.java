package io.moodleconnector.moodle.executor;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6901 JSON Pointers and the catalogue's wildcard pointers, in which a {@code *} token matches every element of
 * an array. Stateless.
 */
public final class Pointers {
    private Pointers() {
    }

    /** The unescaped tokens of a pointer; {@code ""} has none. */
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

    /** A place in a tree: the container and the key (object) or index (array) in it. */
    public record Slot(JsonNode container, String key) {
        /** The value in the slot, or null when there is none. */
        public JsonNode get() {
            if (container instanceof ObjectNode o) {
                return o.get(key);
            }
            if (container instanceof ArrayNode a) {
                int i = Integer.parseInt(key);
                return i < a.size() ? a.get(i) : null;
            }
            return null;
        }

        /** Puts a value in the slot. */
        public void set(JsonNode value) {
            if (container instanceof ObjectNode o) {
                o.set(key, value);
            } else if (container instanceof ArrayNode a) {
                a.set(Integer.parseInt(key), value);
            }
        }
    }

    /**
     * Every slot a wildcard pointer names in a tree whose containers on the way exist: the last token need not
     * exist yet (so a default can be set there), every earlier one must. The root pointer {@code ""} names no slot.
     */
    public static List<Slot> slots(JsonNode root, String wildcardPointer) {
        List<String> tokens = tokens(wildcardPointer);
        List<Slot> out = new ArrayList<>();
        if (!tokens.isEmpty()) {
            collect(root, tokens, 0, out);
        }
        return out;
    }

    private static void collect(JsonNode node, List<String> tokens, int depth, List<Slot> out) {
        String token = tokens.get(depth);
        if (token.equals("*")) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    visit(new Slot(node, Integer.toString(i)), tokens, depth, out);
                }
            }
        } else if (node.isObject() || (node.isArray() && isIndex(token) && Integer.parseInt(token) < node.size())) {
            visit(new Slot(node, token), tokens, depth, out);
        }
    }

    private static void visit(Slot slot, List<String> tokens, int depth, List<Slot> out) {
        if (depth == tokens.size() - 1) {
            out.add(slot);
        } else {
            JsonNode child = slot.get();
            if (child != null && child.isContainer()) {
                collect(child, tokens, depth + 1, out);
            }
        }
    }

    private static boolean isIndex(String token) {
        return !token.isEmpty() && token.length() < 10 && token.chars().allMatch(Character::isDigit);
    }
}
