package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.reference.MoodleFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each method agrees with what Moodle declares for its function: the function exists, the access is Moodle's
 * type, the parameters the mapping produces are exactly what Moodle accepts, and the output mapping selects what
 * Moodle returns.
 */
final class MoodleConformanceCheck implements LintCheck {
    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        for (LocatedMethod lm : context.methods()) {
            MethodDefinition m = lm.method();
            if (m.function().isEmpty()) {
                continue; // reported by the meta-schema as a missing key
            }
            Optional<MoodleFunction> declared = context.reference().function(m.function());
            if (declared.isEmpty()) {
                out.add(lm.problem("/function", "Moodle " + context.reference().release()
                        + " declares no function '" + m.function() + "'"));
                continue;
            }
            MoodleFunction f = declared.get();
            if (m.access() != null && !f.type().equals(m.access().yamlName())) {
                out.add(lm.problem("/access", "access is " + m.access().yamlName() + " but Moodle declares "
                        + f.name() + " as " + f.type()));
            }
            if (m.ensure() != null) {
                continue; // its input reaches Moodle only through its steps, each checked as a method (EnsureCheck)
            }
            ParameterShape.Result shape = ParameterShape.of(m);
            out.addAll(CatalogueLoader.issues(lm, "", shape.issues()));
            out.addAll(CatalogueLoader.issues(lm, "", ParameterComparison.compare(shape.shape(), f.parameters())));
            out.addAll(CatalogueLoader.issues(lm, "", OutputConformance.check(m, f, context.schemas())));
        }
        return out;
    }
}
