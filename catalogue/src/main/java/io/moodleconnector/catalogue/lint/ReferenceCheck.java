package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.Typos;
import io.moodleconnector.catalogue.model.LookupDefinition;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * References between and within methods resolve: ids are unique; each lookup names an existing method, its
 * {@code field} is in the input schema, its {@code value}/{@code label} are in the items of the target's output
 * schema and its {@code parameters} feed the target ({@link LookupParameters}); {@code batch} selects an array
 * of the Moodle parameters after mapping.
 */
final class ReferenceCheck implements LintCheck {
    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        Map<String, LocatedMethod> seen = new HashMap<>();
        for (LocatedMethod lm : context.methods()) {
            MethodDefinition m = lm.method();
            LocatedMethod first = seen.putIfAbsent(m.id(), lm);
            if (first != null) {
                out.add(lm.problem("/id", CatalogueLoader.duplicateId(m.id(), first)));
            }
            for (int i = 0; i < m.lookups().size(); i++) {
                lookup(lm, i, context, out);
            }
            if (m.batch() != null) {
                ObjectNode at = ParameterShape.walk(ParameterShape.of(m).shape(), m.batch());
                if (at == null || !SchemaNav.types(at).contains("array")) {
                    out.add(lm.problem("/batch", "batch '" + m.batch() + "' must select an array of the Moodle"
                            + " parameters the request mapping produces"));
                }
            }
        }
        return out;
    }

    private static void lookup(LocatedMethod lm, int i, LintContext context, List<Problem> out) {
        LookupDefinition l = lm.method().lookups().get(i);
        String at = "/lookups/" + i;
        if (SchemaNav.at(lm.method().input(), l.field()).isMissingNode()) {
            out.add(lm.problem(at + "/field", "lookup field '" + l.field() + "' is not declared in the input schema"
                    + Typos.didYouMean(l.field(), SchemaNav.pointers(lm.method().input()))));
        }
        Optional<MethodDefinition> target = context.target(l.method());
        if (target.isEmpty()) {
            out.add(lm.problem(at + "/method", "lookup method '" + l.method() + "' does not exist"
                    + Typos.didYouMean(l.method(), context.lookupTargets().keySet())));
            return;
        }
        LookupParameters.check(lm, i, target.get(), out);
        JsonNode schema = target.get().output().schema();
        String items = SchemaNav.types(SchemaNav.at(schema, "")).contains("array") ? "/*" : "";
        if (SchemaNav.at(schema, items + l.value()).isMissingNode()) {
            out.add(lm.problem(at + "/value", "lookup value '" + l.value() + "' is not in the output schema items"
                    + " of '" + l.method() + "'" + Typos.didYouMean(l.value(), itemPointers(schema, items))));
        }
        if (SchemaNav.at(schema, items + l.label()).isMissingNode()) {
            out.add(lm.problem(at + "/label", "lookup label '" + l.label() + "' is not in the output schema items"
                    + " of '" + l.method() + "'" + Typos.didYouMean(l.label(), itemPointers(schema, items))));
        }
    }

    /** The pointers declared inside one item of a result ({@code items} = "/*") or the result itself (""). */
    private static List<String> itemPointers(JsonNode schema, String items) {
        return SchemaNav.pointers(schema).stream().filter(p -> p.startsWith(items + "/"))
                .map(p -> p.substring(items.length())).toList();
    }
}
