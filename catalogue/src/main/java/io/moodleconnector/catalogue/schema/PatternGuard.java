package io.moodleconnector.catalogue.schema;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Finds the {@code pattern}s (and {@code patternProperties} keys) of a schema that the linear-time engine
 * ({@link LinearRegex}) cannot compile, e.g. a backreference {@code \2} or a lookahead {@code (?!...)}: features
 * that need a backtracking engine, whose matching time a hostile value can make exponential.
 */
final class PatternGuard {
    private PatternGuard() {
    }

    static void check(JsonNode schema, String at, List<SchemaIssue> out) {
        SchemaWalk.subschemas(schema, at, (node, here) -> {
            JsonNode pattern = node.get("pattern");
            if (pattern != null && pattern.isString()) {
                regex(pattern.asString(), here + "/pattern", out);
            }
            JsonNode patterns = node.get("patternProperties");
            if (patterns != null && patterns.isObject()) {
                for (Map.Entry<String, JsonNode> e : patterns.properties()) {
                    regex(e.getKey(), here + "/patternProperties/" + SchemaWalk.escape(e.getKey()), out);
                }
            }
        });
    }

    private static void regex(String regex, String at, List<SchemaIssue> out) {
        try {
            LinearRegex.compile(regex);
        } catch (IllegalArgumentException e) {
            out.add(new SchemaIssue(at, "pattern '" + regex + "' needs a backtracking regular-expression engine ("
                    + e.getMessage() + "); patterns run on a linear-time engine (RE2), so backreferences and"
                    + " lookaround are not accepted"));
        }
    }
}
