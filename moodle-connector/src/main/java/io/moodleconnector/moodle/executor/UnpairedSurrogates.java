package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds text that is not valid Unicode: a lone UTF-16 surrogate (e.g. {@code "\uD800"}) in a value or a key. Such
 * text cannot be encoded as UTF-8; the form encoder would send {@code ?} in its place, so Moodle would store
 * something other than what the caller gave. JSON Schema cannot say this, hence a check of its own. Stateless.
 */
final class UnpairedSurrogates {
    private UnpairedSurrogates() {
    }

    /** A violation for every string value or key holding a lone surrogate. */
    static List<Violation> find(JsonNode input) {
        List<Violation> out = new ArrayList<>();
        walk(input, new ArrayList<>(), out);
        return out;
    }

    private static void walk(JsonNode node, List<Object> path, List<Violation> out) {
        if (node.isString()) {
            check(node.asString(), path, out);
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                path.add(e.getKey());
                check(e.getKey(), path, out);
                walk(e.getValue(), path, out);
                path.remove(path.size() - 1);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(i);
                walk(node.get(i), path, out);
                path.remove(path.size() - 1);
            }
        }
    }

    private static void check(String text, List<Object> path, List<Violation> out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                i++;
            } else if (Character.isSurrogate(c)) {
                out.add(new Violation(JsonPointers.of(path), String.format("text is not valid Unicode: a lone surrogate"
                        + " U+%04X at character %d cannot be sent as UTF-8", (int) c, i), "encoding"));
                return;
            }
        }
    }
}
