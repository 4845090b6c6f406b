package io.moodleconnector.catalogue.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds references that lead back to themselves without descending into the value: {@code $ref: '#'} at the root,
 * or {@code a -> allOf -> $ref b -> $ref a}. Validating such a schema recurses on the same value forever (a stack
 * overflow), so it is refused before compiling. Recursion that descends ({@code properties}, {@code items}, ...)
 * is fine: it ends with the value, whose depth is bounded.
 *
 * <p>The graph: each subschema has an edge to what applies to the same value ({@code $ref} targets and the
 * in-place applicators {@code allOf}, {@code anyOf}, {@code oneOf}, {@code not}, {@code if}/{@code then}/
 * {@code else}, {@code dependentSchemas}); a cycle in it is the problem. Call only after {@link LocalRefGuard}
 * found every reference local and resolvable.
 */
final class RefCycleGuard {
    private enum Mark { ACTIVE, DONE }

    private RefCycleGuard() {
    }

    static void check(JsonNode root, List<SchemaIssue> out) {
        Map<String, Mark> marks = new HashMap<>();
        SchemaWalk.subschemas(root, "", (node, at) -> visit(root, at, marks, new ArrayList<>(), out));
    }

    /** Depth-first search from the subschema at {@code at}; {@code path} holds the reference sites on the way. */
    private static void visit(JsonNode root, String at, Map<String, Mark> marks, List<String> path,
                              List<SchemaIssue> out) {
        Mark mark = marks.get(at);
        if (mark == Mark.DONE) {
            return;
        }
        if (mark == Mark.ACTIVE) {
            String site = path.get(path.size() - 1);
            out.add(new SchemaIssue(site, "$ref '" + root.at(site).asString() + "' leads back to '" + (at.isEmpty()
                    ? "#" : "#" + at) + "' without descending into the value, so validating would never end"));
            return;
        }
        marks.put(at, Mark.ACTIVE);
        JsonNode node = root.at(at);
        if (node.isObject()) {
            for (String key : List.of("$ref", "$dynamicRef")) {
                JsonNode ref = node.get(key);
                if (ref != null && ref.isString() && ref.asString().startsWith("#")) {
                    path.add(at + "/" + SchemaWalk.escape(key));
                    visit(root, ref.asString().substring(1), marks, path, out);
                    path.remove(path.size() - 1);
                }
            }
            for (String key : List.of("allOf", "anyOf", "oneOf")) {
                JsonNode list = node.get(key);
                for (int i = 0; list != null && list.isArray() && i < list.size(); i++) {
                    visit(root, at + "/" + key + "/" + i, marks, path, out);
                }
            }
            for (String key : List.of("not", "if", "then", "else")) {
                if (node.has(key)) {
                    visit(root, at + "/" + key, marks, path, out);
                }
            }
            JsonNode dependent = node.get("dependentSchemas");
            if (dependent != null && dependent.isObject()) {
                for (String name : dependent.propertyNames()) {
                    visit(root, at + "/dependentSchemas/" + SchemaWalk.escape(name), marks, path, out);
                }
            }
        }
        marks.put(at, Mark.DONE);
    }
}
