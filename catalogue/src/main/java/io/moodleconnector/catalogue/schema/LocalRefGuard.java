package io.moodleconnector.catalogue.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds references a catalogue schema may not make: anything but a local {@code #/...} reference that resolves in
 * the same schema, and {@code $id}/{@code $schema} values that would change the base IRI or the dialect. Checked
 * before compiling, so a refused reference is reported with its exact place and never reaches a loader.
 */
final class LocalRefGuard {
    private static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private LocalRefGuard() {
    }

    static List<SchemaIssue> check(JsonNode schema) {
        List<SchemaIssue> out = new ArrayList<>();
        walk(schema, schema, "", out);
        return out;
    }

    private static void walk(JsonNode root, JsonNode node, String at, List<SchemaIssue> out) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(root, node.get(i), at + "/" + i, out);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            String here = at + "/" + key.replace("~", "~0").replace("/", "~1");
            JsonNode v = e.getValue();
            switch (key) {
                case "$ref", "$dynamicRef" -> ref(root, v, here, key, out);
                case "$id" -> out.add(new SchemaIssue(here, "$id is not accepted: a catalogue schema is one "
                        + "self-contained document; use $defs and local references"));
                case "$schema" -> {
                    if (!DIALECT.equals(v.asString(""))) {
                        out.add(new SchemaIssue(here, "$schema must be " + DIALECT + " or left out"));
                    }
                }
                default -> walk(root, v, here, out);
            }
        }
    }

    private static void ref(JsonNode root, JsonNode v, String here, String key, List<SchemaIssue> out) {
        String ref = v.isString() ? v.asString() : "";
        if (!ref.startsWith("#")) {
            out.add(new SchemaIssue(here, key + " '" + ref + "' refused: only local references (#/...) are "
                    + "accepted; nothing is fetched from the network or disk"));
            return;
        }
        String pointer = ref.substring(1);
        if (pointer.contains("%")) {
            // The validator does not decode percent-escapes in fragments; refusing them here keeps that from
            // surfacing as an exception. A key with '%' or a space can still be referenced through $defs.
            out.add(new SchemaIssue(here, key + " '" + ref + "' refused: write the pointer without"
                    + " percent-encoding, e.g. '#/properties/name' (~1 for '/', ~0 for '~')"));
            return;
        }
        if (!pointer.isEmpty() && (!pointer.startsWith("/") || !resolves(root, pointer))) {
            out.add(new SchemaIssue(here, key + " '" + ref + "' does not resolve within the schema"));
        }
    }

    private static boolean resolves(JsonNode root, String pointer) {
        try {
            return !root.at(pointer).isMissingNode();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
