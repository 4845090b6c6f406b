package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.Typos;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.LookupDefinition;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A lookup's method gets everything it requires, either from the lookup's {@code parameters} or from a lookup of
 * its own (a chained dropdown: pick a course first, then one of its groups), and both sides resolve: each key
 * is declared in the lookup method's input schema, each source in this method's input schema, and a source uses
 * {@code *} only where the field does, so that both point into the same array item. Pure functions.
 */
final class LookupParameters {
    private LookupParameters() {
    }

    /** Checks lookup {@code i} of {@code lm}, whose method is {@code target}. */
    static void check(LocatedMethod lm, int i, MethodDefinition target, List<Problem> out) {
        LookupDefinition l = lm.method().lookups().get(i);
        String at = "/lookups/" + i;
        JsonNode targetInput = SchemaNav.deref(target.input(), target.input());
        for (JsonNode r : targetInput.path("required")) {
            String needed = "/" + JsonPointers.escape(r.asString(""));
            if (!l.parameters().containsKey(needed) && !hasLookupFor(target, needed)) {
                out.add(lm.problem(at, "lookup method '" + l.method() + "' requires '" + needed + "'; map it in"
                        + " parameters from a field of this method's input, or give '" + l.method()
                        + "' a lookup for it so a host can ask for it first"));
            }
        }
        for (Map.Entry<String, String> p : l.parameters().entrySet()) {
            String here = at + "/parameters/" + JsonPointers.escape(p.getKey());
            if (SchemaNav.at(target.input(), p.getKey()).isMissingNode()) {
                out.add(lm.problem(here, "lookup parameter '" + p.getKey() + "' is not declared in the input schema"
                        + " of '" + l.method() + "'" + Typos.didYouMean(p.getKey(), SchemaNav.pointers(target.input()))));
            }
            String source = p.getValue();
            if (SchemaNav.at(lm.method().input(), source).isMissingNode()) {
                out.add(lm.problem(here, "lookup parameter source '" + source + "' is not declared in the input"
                        + " schema" + Typos.didYouMean(source, SchemaNav.pointers(lm.method().input()))));
            } else if (!sharesWildcards(source, l.field())) {
                out.add(lm.problem(here, "lookup parameter source '" + source + "' may use * only where the field '"
                        + l.field() + "' does, so that both point into the same array item"));
            }
        }
    }

    /** Whether the lookup method offers its own lookup for one of its inputs, so a host can chain the two. */
    private static boolean hasLookupFor(MethodDefinition target, String input) {
        return target.lookups().stream().anyMatch(own -> own.field().equals(input));
    }

    /** Whether every {@code *} of {@code source} sits where {@code field} has one, after the same segments. */
    private static boolean sharesWildcards(String source, String field) {
        List<String> s = JsonPointers.tokens(source);
        List<String> f = JsonPointers.tokens(field);
        int lastStar = s.lastIndexOf("*");
        return lastStar < f.size() && s.subList(0, lastStar + 1).equals(f.subList(0, lastStar + 1));
    }
}
