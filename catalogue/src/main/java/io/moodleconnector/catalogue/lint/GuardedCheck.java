package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a check so that it always ends with problems, never an exception: the linter reads hostile files, and a
 * check that trips over one (a defect to fix, but not the author's) must not hide every other problem nor crash the
 * command. A failing check is retried method by method, so the failure is reported at the method that caused it and
 * the check still covers the others.
 */
final class GuardedCheck {
    private GuardedCheck() {
    }

    static List<Problem> run(LintCheck check, LintContext context) {
        try {
            return check.check(context);
        } catch (RuntimeException | StackOverflowError whole) {
            List<Problem> out = new ArrayList<>();
            for (LocatedMethod m : context.methods()) {
                LintContext one = new LintContext(context.files(), List.of(m), context.lookupTargets(),
                        context.reference(), context.schemas());
                try {
                    out.addAll(check.check(one));
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(m.problem("", failure(check, e)));
                }
            }
            if (context.methods().isEmpty()) {
                out.add(new Problem(new SourceLocation("", 0, 0), "", failure(check, whole)));
            }
            return out;
        }
    }

    private static String failure(LintCheck check, Throwable e) {
        return "the linter could not finish its " + check.getClass().getSimpleName() + " on this method ("
                + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                + "); the method is not checked for what that check covers";
    }
}
