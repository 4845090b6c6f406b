package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.util.ArrayList;
import java.util.List;

/**
 * Every input and output schema is valid JSON Schema 2020-12 with local references only, and every example
 * validates against its method's input schema.
 */
final class SchemaCompileCheck implements LintCheck {
    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        for (LocatedMethod lm : context.methods()) {
            MethodDefinition m = lm.method();
            OfflineSchemas.Compiled in = context.schemas().compile(m.input());
            out.addAll(CatalogueLoader.issues(lm, "/input", in.issues()));
            out.addAll(CatalogueLoader.issues(lm, "/output/schema",
                    context.schemas().compile(m.output().schema()).issues()));
            if (!in.ok()) {
                continue;
            }
            for (int i = 0; i < m.examples().size(); i++) {
                for (SchemaIssue issue : OfflineSchemas.validate(in.schema(), m.examples().get(i))) {
                    String at = "/examples/" + i + issue.pointer();
                    out.add(lm.problem(at, "example " + i + " does not validate against the input schema: "
                            + issue.message()));
                }
            }
        }
        return out;
    }
}
