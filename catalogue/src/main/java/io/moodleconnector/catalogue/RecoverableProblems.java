package io.moodleconnector.catalogue;

import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Which meta-schema problems still let the linter read a method, so that one typo never hides the method's other
 * problems: an unknown key (a typo such as {@code lookup:} or {@code minimun:}) is reported and then read as if it
 * were not there, and a missing descriptive key ({@code name}, {@code function}, ...) is reported and read as empty,
 * the checks that need it skipping the method. Any other problem (a wrong type, a missing {@code input}) leaves the
 * method unread: the checks could only report its consequences.
 */
final class RecoverableProblems {
    /** Keys a method can be checked without; each check that needs one skips a method where it is empty. */
    private static final Set<String> OPTIONAL_FOR_CHECKS = Set.of("name", "category", "description", "function",
            "access");
    private static final String UNKNOWN_KEY = "unknown key '";

    private RecoverableProblems() {
    }

    /**
     * The method's tree with its unknown keys removed, or null when a problem within it is not recoverable.
     *
     * @param method   the method's tree
     * @param pointer  its pointer in the document, e.g. {@code /methods/2}
     * @param problems the problems within it
     */
    static JsonNode readable(JsonNode method, String pointer, List<Problem> problems) {
        if (problems.isEmpty()) {
            return method;
        }
        if (!method.isObject()) {
            return null;
        }
        ObjectNode cleaned = ((ObjectNode) method).deepCopy();
        for (Problem p : problems) {
            if (p.message().startsWith(UNKNOWN_KEY) && p.pointer().startsWith(pointer + "/")) {
                remove(cleaned, p.pointer().substring(pointer.length()));
            } else if (!(p.pointer().equals(pointer) && missingOptional(p.message()))) {
                return null;
            }
        }
        return cleaned;
    }

    private static boolean missingOptional(String message) {
        return OPTIONAL_FOR_CHECKS.stream().anyMatch(k -> message.equals("required property '" + k + "' not found"));
    }

    private static void remove(ObjectNode root, String relative) {
        int cut = relative.lastIndexOf('/');
        JsonNode parent = root.at(relative.substring(0, cut));
        String key = relative.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode object) {
            object.remove(key);
        }
    }
}
