package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.SeedSet;
import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shipped catalogue covers every seed function with at least one method. */
final class CoverageCheck implements LintCheck {
    /** The Moodle functions the connector promises to cover. */
    static final List<String> SEED_FUNCTIONS = SeedSet.GUIDE_FUNCTIONS;

    @Override
    public List<Problem> check(LintContext context) {
        Set<String> covered = new HashSet<>();
        context.methods().forEach(m -> covered.add(m.method().function()));
        String where = "index.txt";
        List<Problem> out = new ArrayList<>();
        for (String f : SEED_FUNCTIONS) {
            if (!covered.contains(f)) {
                out.add(new Problem(new SourceLocation(where, 0, 0), "",
                        "no method covers the seed function " + f));
            }
        }
        return out;
    }
}
