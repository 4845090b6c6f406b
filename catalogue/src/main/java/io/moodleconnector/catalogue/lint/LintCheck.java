package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.Problem;
import java.util.List;

/** One independent family of lint rules. Implementations are stateless and never throw for bad content. */
interface LintCheck {
    List<Problem> check(LintContext context);
}
