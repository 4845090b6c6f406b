package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each failing fixture yields exactly its problem, with the file, line and column of the offending node. */
class LintFixturesTest {
    private static final CatalogueLinter LINTER = new CatalogueLinter();

    private static List<String> lint(String fixture) {
        return LINTER.lintPaths(List.of(Fixtures.path(fixture))).stream()
                .map(p -> p.toString().replace(Fixtures.path(fixture).toString(), fixture))
                .toList();
    }

    @Test
    void aValidFileHasNoProblems() {
        assertThat(lint("valid.yaml")).isEmpty();
    }

    @Test
    void aTypoedKeyIsReportedAtTheKeyWithTheKeyItMeant() {
        assertThat(lint("typo-key.yaml")).containsExactly(
                "typo-key.yaml:2:5: /methods/0: required property 'function' not found",
                "typo-key.yaml:6:5: /methods/0/fuction: unknown key 'fuction'; did you mean 'function'?");
    }

    @Test
    void aMissingRequiredMoodleParameterIsReported() {
        assertThat(lint("missing-required-parameter.yaml")).containsExactly(
                "missing-required-parameter.yaml:8:5: /methods/0/input: Moodle requires '/courseid' (PARAM_INT);"
                        + " the input schema must require it or the request mapping must fill it");
    }

    @Test
    void aParameterMoodleDoesNotDeclareIsReported() {
        assertThat(lint("unknown-parameter.yaml")).containsExactly(
                "unknown-parameter.yaml:14:9: /methods/0/input/properties/groupingid: Moodle declares no parameter"
                        + " '/groupingid'; it declares: courseid");
    }

    @Test
    void aStringForAParamIntIsReported() {
        assertThat(lint("wrong-type.yaml")).containsExactly(
                "wrong-type.yaml:13:9: /methods/0/input/properties/courseid: '/courseid': type string does not fit"
                        + " Moodle's PARAM_INT; expected integer");
    }

    @Test
    void aLookupOfAMissingMethodIsReported() {
        assertThat(lint("dangling-lookup.yaml")).containsExactly(
                "dangling-lookup.yaml:17:28: /methods/0/lookups/0/method: lookup method 'courses.nowhere' does not"
                        + " exist");
    }

    @Test
    void anAccessOtherThanMoodlesTypeIsReported() {
        assertThat(lint("access-mismatch.yaml")).containsExactly(
                "access-mismatch.yaml:7:5: /methods/0/access: access is write but Moodle declares"
                        + " core_group_get_course_groups as read");
    }

    @Test
    void anExampleThatDoesNotValidateIsReportedAtItsField() {
        assertThat(lint("invalid-example.yaml")).containsExactly(
                "invalid-example.yaml:18:10: /methods/0/examples/1/courseid: example 1 does not validate against"
                        + " the input schema: must have a minimum value of 1");
    }

    @Test
    void anOutputDataPointerOutsideMoodlesReturnsIsReported() {
        assertThat(lint("bad-output-data.yaml")).containsExactly(
                "bad-output-data.yaml:15:7: /methods/0/output/data: data pointer '/groups' selects nothing in what"
                        + " core_group_get_course_groups returns");
    }

    @Test
    void anIntegerForATextParameterNeedsAsTextAndBatchMustSelectAnArray() {
        assertThat(lint("update-without-as-text.yaml")).containsExactly(
                "update-without-as-text.yaml:15:9: /methods/0/input/properties/visibility: '/groups/*/visibility':"
                        + " type integer does not fit Moodle's PARAM_TEXT; expected string (integer only when listed"
                        + " in request.asText)",
                "update-without-as-text.yaml:20:5: /methods/0/batch: batch '/groups/0/name' must select an array of"
                        + " the Moodle parameters the request mapping produces");
    }

    @Test
    void anIntegerListedInAsTextMayFeedATextParameter() {
        assertThat(lint("update-with-as-text.yaml")).isEmpty();
    }

    @Test
    void aStringInputSentToMoodleWithoutMaxLengthIsReported() {
        assertThat(lint("unbounded-text.yaml")).containsExactly(
                "unbounded-text.yaml:15:9: /methods/0/input/properties/idnumber: string input has no maxLength;"
                        + " Moodle stores it in a bounded column, so say how long it may be");
    }

    @Test
    void aStringInputTheMappingNeverSendsNeedsNoMaxLength() {
        assertThat(lint("unsent-text.yaml")).isEmpty();
    }

    @Test
    void aReferencedStringIsReportedWhereItIsReferencedUnlessBoundThere() {
        assertThat(lint("ref-text.yaml")).containsExactly(
                "ref-text.yaml:16:9: /methods/0/input/properties/name: string input has no maxLength;"
                        + " Moodle stores it in a bounded column, so say how long it may be");
    }

    @Test
    void lookupParametersFromThisInputAndFromTheSameArrayItemAreAccepted() {
        assertThat(lint("lookup-parameters.yaml")).isEmpty();
    }

    @Test
    void aLookupWhoseMethodNeedsAnInputItIsNotGivenIsReported() {
        assertThat(lint("lookup-without-parameters.yaml")).containsExactly(
                "lookup-without-parameters.yaml:19:9: /methods/0/lookups/0: lookup method 'fixture.groupings-list'"
                        + " requires '/courseid'; map it in parameters from a field of this method's input, or give"
                        + " 'fixture.groupings-list' a lookup for it so a host can ask for it first");
    }

    @Test
    void aLookupWhoseMethodHasItsOwnLookupForWhatItNeedsIsAcceptedAsAChainedDropdown() {
        // groupings.list-by-course (shipped) needs a course id and offers a course lookup for it.
        assertThat(lint("lookup-chained.yaml")).isEmpty();
    }

    @Test
    void lookupParametersMustResolveOnBothSidesAndShareTheFieldsArrayItem() {
        assertThat(lint("lookup-bad-parameters.yaml")).containsExactly(
                "lookup-bad-parameters.yaml:30:11: /methods/0/lookups/0/parameters/~1courseid: lookup parameter"
                        + " source '/assignments/*/courseid' is not declared in the input schema",
                "lookup-bad-parameters.yaml:31:11: /methods/0/lookups/0/parameters/~1course: lookup parameter"
                        + " '/course' is not declared in the input schema of 'groups.list-by-course'; did you mean '/courseid'?",
                "lookup-bad-parameters.yaml:36:22: /methods/0/lookups/1/parameters/~1courseid: lookup parameter"
                        + " source '/assignments/*/groupingid' may use * only where the field '/assignments' does,"
                        + " so that both point into the same array item");
    }

    @Test
    void aLookupParameterKeyWithAWildcardIsRefusedByTheMetaSchema() {
        assertThat(lint("lookup-wildcard-key.yaml")).containsExactly(
                "lookup-wildcard-key.yaml:23:9: /methods/0/lookups/0/parameters: property '/criteria/*/value' name"
                        + " is not valid: does not match the regex pattern ^(/(([^~/*]|~[01])([^~/]|~[01])*|\\*([^~/]|~[01])+)?)+$");
    }
}
