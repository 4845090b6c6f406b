package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.MatchCondition;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * {@code output.match} conditions point at something: {@code input} at a field of the input schema, {@code field}
 * at a field of one element of the result (the output schema itself with {@code single}, its items otherwise).
 */
final class MatchCheck implements LintCheck {
    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        for (LocatedMethod lm : context.methods()) {
            MethodDefinition m = lm.method();
            JsonNode schema = m.output().schema();
            String items = m.output().single() ? "" : "/*";
            for (int i = 0; i < m.output().match().size(); i++) {
                MatchCondition c = m.output().match().get(i);
                String at = "/output/match/" + i;
                if (SchemaNav.at(m.input(), c.input()).isMissingNode()) {
                    out.add(lm.problem(at + "/input", "match input '" + c.input() + "' is not declared in the input"
                            + " schema"));
                }
                if (SchemaNav.at(schema, items + c.field()).isMissingNode()) {
                    out.add(lm.problem(at + "/field", "match field '" + c.field() + "' is not in the output schema"
                            + (items.isEmpty() ? "" : " items")));
                }
            }
        }
        return out;
    }
}
