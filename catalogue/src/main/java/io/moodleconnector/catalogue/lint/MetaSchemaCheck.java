package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.ReadFile;
import java.util.ArrayList;
import java.util.List;

/** YAML and meta-schema problems, found while reading each file; reported with their line and column. */
final class MetaSchemaCheck implements LintCheck {
    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        for (ReadFile f : context.files()) {
            out.addAll(f.problems());
        }
        return out;
    }
}
