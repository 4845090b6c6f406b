package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile schemas end in problems, never a hang, a stack overflow or an exception (issue 10, item 6). */
class HostileSchemaTest {
    private static final CatalogueLinter LINTER = new CatalogueLinter();

    private static List<String> lint(String fixture) {
        return LINTER.lintPaths(List.of(Fixtures.path(fixture))).stream()
                .map(p -> p.toString().replace(Fixtures.path(fixture).toString(), fixture))
                .toList();
    }

    @Test
    void aPatternNeedingBackreferencesIsALintError() {
        assertThat(lint("catastrophic-pattern.yaml")).containsExactly(
                "catastrophic-pattern.yaml:14:46: /methods/0/input/properties/name/pattern: pattern '^((a+)+)\\2$'"
                        + " needs a backtracking regular-expression engine (error parsing regexp: invalid escape"
                        + " sequence: `\\2`); patterns run on a linear-time engine (RE2), so backreferences and"
                        + " lookaround are not accepted");
    }

    @Test
    void aNestedQuantifierPatternIsMatchedByTheLinearEngine() {
        // With a backtracking engine, ^(a+)+$ against 54 a's and a b takes longer than the age of the universe.
        assertThat(lint("nested-quantifier-pattern.yaml")).containsExactly(
                "nested-quantifier-pattern.yaml:20:23: /methods/0/examples/0/label: example 0 does not validate"
                        + " against the input schema: does not match the regex pattern ^(a+)+$");
    }

    @Test
    void aPercentEncodedRefIsAProblemNotAnException() {
        assertThat(lint("percent-ref.yaml")).containsExactly(
                "percent-ref.yaml:13:20: /methods/0/input/properties/courseid/$ref: $ref '#%2Fproperties' refused:"
                        + " write the pointer without percent-encoding, e.g. '#/properties/name' (~1 for '/', ~0 for"
                        + " '~')");
    }

    @Test
    void aSelfReferencingRefIsAProblemNotAStackOverflow() {
        assertThat(lint("self-ref.yaml")).containsExactly(
                "self-ref.yaml:15:23: /methods/0/input/$defs/id/allOf/0/$ref: $ref '#/$defs/id' leads back to"
                        + " '#/$defs/id' without descending into the value, so validating would never end",
                "self-ref.yaml:17:16: /methods/0/output/schema/$ref: $ref '#' leads back to '#' without descending"
                        + " into the value, so validating would never end");
    }

    @Test
    void aCheckThatThrowsEndsWithAProblemAtTheMethod() {
        LintContext context = contextOf("valid.yaml");
        LintCheck broken = c -> {
            throw new IllegalStateException("boom");
        };
        List<Problem> problems = GuardedCheck.run(broken, context);
        assertThat(problems).isNotEmpty().allSatisfy(p -> assertThat(p.message())
                .startsWith("the linter could not finish its ").contains("IllegalStateException: boom"));
        assertThat(problems.get(0).pointer()).isEqualTo("/methods/0");
    }

    private static LintContext contextOf(String fixture) {
        var schemas = new io.moodleconnector.catalogue.schema.OfflineSchemas();
        var file = new io.moodleconnector.catalogue.CatalogueReader(schemas)
                .read(io.moodleconnector.catalogue.CatalogueSource.of(Fixtures.path(fixture)));
        return new LintContext(List.of(file), file.methods(), java.util.Map.of(),
                io.moodleconnector.catalogue.reference.MoodleReference.shipped(), schemas);
    }
}
