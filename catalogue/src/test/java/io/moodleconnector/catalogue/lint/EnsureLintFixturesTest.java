package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The ensure construct and {@code output.match} are checked: methods that do not exist or are of the wrong kind,
 * pointers that select nothing, and what an ensure method may not declare; each problem at its node.
 */
class EnsureLintFixturesTest {
    private static final CatalogueLinter LINTER = new CatalogueLinter();

    private static List<String> lint(String fixture) {
        return LINTER.lintPaths(List.of(Fixtures.path(fixture))).stream()
                .map(p -> p.toString().replace(Fixtures.path(fixture).toString(), fixture))
                .toList();
    }

    @Test
    void ensureStepsNamingMissingMethodsAreReported() {
        assertThat(lint("ensure-dangling.yaml")).containsExactly(
                "ensure-dangling.yaml:16:12: /methods/0/ensure/find/0/method: find method 'users.get-by-nothing'"
                        + " does not exist",
                "ensure-dangling.yaml:17:16: /methods/0/ensure/create/method: create method 'users.nowhere' does"
                        + " not exist");
    }

    @Test
    void ensureStepPointersThatSelectNothingAreReported() {
        assertThat(lint("ensure-bad-pointers.yaml")).containsExactly(
                "ensure-bad-pointers.yaml:17:40: /methods/0/ensure/find/0/input: '/groupname' is not declared in"
                        + " the input schema of 'groups.get-by-name'",
                "ensure-bad-pointers.yaml:17:40: /methods/0/ensure/find/0/input: source '/title' is not declared in"
                        + " this method's input schema",
                "ensure-bad-pointers.yaml:17:40: /methods/0/ensure/find/0/input: find method 'groups.get-by-name'"
                        + " requires '/courseid'; map it in input",
                "ensure-bad-pointers.yaml:18:12: /methods/0/ensure/find/1/method: find method"
                        + " 'groups.list-by-course' must be a read that promises one record or null (access: read,"
                        + " output.single: true)",
                "ensure-bad-pointers.yaml:35:7: /methods/1/ensure/each: each '/groups' must select an array in the"
                        + " input schema",
                "ensure-bad-pointers.yaml:37:40: /methods/1/ensure/find/0/input: source '/courseid' is not declared"
                        + " in the items of '/groups' in this method's input schema",
                "ensure-bad-pointers.yaml:37:40: /methods/1/ensure/find/0/input: source '/name' is not declared in"
                        + " the items of '/groups' in this method's input schema",
                "ensure-bad-pointers.yaml:38:45: /methods/1/ensure/create/input: with each, the create method gets"
                        + " this method's input with only the records not found at '/groups'; remove input");
    }

    @Test
    void anEnsureMethodThatWouldSendItselfOrHasItsStepsTheWrongWayRoundIsReported() {
        assertThat(lint("ensure-sends-itself.yaml")).containsExactly(
                "ensure-sends-itself.yaml:6:5: /methods/0/function: function and access must be those of the create"
                        + " method 'groupings.get-by-name' (core_group_get_course_groupings, read), so a host checks"
                        + " the permission that matters",
                "ensure-sends-itself.yaml:15:5: /methods/0/request: an ensure method sends nothing itself; remove"
                        + " request (each step maps its own input)",
                "ensure-sends-itself.yaml:17:5: /methods/0/batch: an ensure method sends nothing itself; remove"
                        + " batch (use ensure.each for an array of records; the create method splits it)",
                "ensure-sends-itself.yaml:20:12: /methods/0/ensure/find/0/method: find method 'groupings.create'"
                        + " must be a read that promises one record or null (access: read, output.single: true)",
                "ensure-sends-itself.yaml:21:16: /methods/0/ensure/create/method: create method"
                        + " 'groupings.get-by-name' must be a write",
                "ensure-sends-itself.yaml:22:5: /methods/0/output: an ensure method's result is {created, record}"
                        + " (a list of them with each); declare only output.schema");
    }

    @Test
    void matchPointersThatSelectNothingAreReported() {
        assertThat(lint("match-bad-pointers.yaml")).containsExactly(
                "match-bad-pointers.yaml:19:12: /methods/0/output/match/0/field: match field '/mail' is not in the"
                        + " output schema",
                "match-bad-pointers.yaml:20:27: /methods/0/output/match/1/input: match input '/address' is not"
                        + " declared in the input schema");
    }

    @Test
    void anUnknownKeyInAnEnsureStepIsAMetaSchemaProblem() {
        assertThat(LINTER.lint(List.of(new io.moodleconnector.catalogue.CatalogueSource("typo.yaml", """
                methods:
                  - id: fixture.x-ensure
                    name: Ensure X
                    category: X
                    description: x.
                    function: core_group_create_groups
                    access: write
                    input: {type: object}
                    ensure:
                      find: [{method: groups.get-by-name, inptu: {/name: /name}}]
                      create: {method: groups.create}
                    output: {schema: {type: object}}
                """))).stream().map(Object::toString))
                .anyMatch(p -> p.contains("/methods/0/ensure/find/0/inptu: unknown key 'inptu'; did you mean"
                        + " 'input'?"));
    }
}
