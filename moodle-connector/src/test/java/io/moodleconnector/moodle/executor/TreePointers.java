package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.JsonPointers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The pre-plain-values stage 2, kept whole as the oracle of {@code PlainStageTwoAgreesWithTreeTest}.
 *
 * <p>Was:
 * The catalogue's wildcard pointers over a Jackson tree, in which a {@code *} token matches every element of an
 * array (the pointer syntax itself is {@link JsonPointers}'). Stateless.
 */
final class TreePointers {
    private TreePointers() {
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
        List<String> tokens = JsonPointers.tokens(wildcardPointer);
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
