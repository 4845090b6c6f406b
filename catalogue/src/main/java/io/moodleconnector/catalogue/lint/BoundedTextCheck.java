package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Every string of the input that reaches Moodle declares {@code maxLength}. Moodle stores text in bounded columns
 * (e.g. {@code groups.name} CHAR(254)); an unbounded string would be sent and then fail with a database error or be
 * cut short, so the bound belongs in the input schema where the executor checks it before anything is sent.
 *
 * <p>"Reaches Moodle" is decided on the {@link ParameterShape}: the input-schema nodes the request mapping puts into
 * the parameters. An input field the mapping never sends needs no bound, and a string restricted by {@code enum} or
 * {@code const} is bounded already.
 */
final class BoundedTextCheck implements LintCheck {
    static final String MESSAGE = "string input has no maxLength; Moodle stores it in a bounded column, so say how"
            + " long it may be";
    private static final String INPUT = "/input";

    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        for (LocatedMethod lm : context.methods()) {
            Set<String> unbounded = new LinkedHashSet<>();
            collect(lm.method(), ParameterShape.of(lm.method()).shape(), unbounded);
            unbounded.forEach(origin -> out.add(lm.problem(origin, MESSAGE)));
        }
        return out;
    }

    /** Origins (pointers within the method) of the unbounded strings in a shape node and below it. */
    private static void collect(MethodDefinition m, JsonNode shape, Set<String> out) {
        String origin = shape.path(ParameterShape.ORIGIN).asString("");
        if (origin.startsWith(INPUT + "/") || origin.equals(INPUT)) {
            JsonNode declared = m.input().at(origin.substring(INPUT.length()));
            if (isUnboundedString(declared) && isUnboundedString(SchemaNav.deref(m.input(), declared))) {
                out.add(origin);
            }
        }
        for (Map.Entry<String, JsonNode> p : shape.path("properties").properties()) {
            collect(m, p.getValue(), out);
        }
        if (shape.path("items").isObject()) {
            collect(m, shape.get("items"), out);
        }
    }

    /** A string schema without {@code maxLength}, {@code enum} or {@code const}; a {@code $ref} alone is not. */
    private static boolean isUnboundedString(JsonNode schema) {
        if (!schema.isObject() || schema.has("maxLength") || schema.has("enum") || schema.has("const")) {
            return false;
        }
        return schema.has("$ref") || SchemaNav.types(schema).contains("string");
    }
}
