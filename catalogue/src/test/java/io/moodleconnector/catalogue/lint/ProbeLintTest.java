package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.catalogue.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Capability probes are checked against the probes recorded on the real site (capability_probes.json). */
class ProbeLintTest {
    private static final CatalogueLinter LINTER = new CatalogueLinter();

    private static List<String> lint(String yaml) {
        return LINTER.lint(List.of(new CatalogueSource("p.yaml", yaml))).stream().map(Problem::toString).toList();
    }

    private static String groupsProbe(String kind, String verdicts) {
        return "probes:\n"
                + "  - function: core_group_get_course_groups\n"
                + "    kind: " + kind + "\n"
                + "    why: a read\n"
                + "    params: {courseid: {$object: course}}\n"
                + "    verdicts:\n" + verdicts;
    }

    @Test
    void aProbeThatFollowsTheRecordingHasNoProblems() {
        assertThat(lint(groupsProbe("read", "      - {errorcode: errorcoursecontextnotvalid, courseAccess: false}\n"
                + "      - {errorcode: nopermissions, missing: moodle/course:managegroups, context: course}\n"
                + "      - {answer: true, usable: true}\n"))).isEmpty();
    }

    @Test
    void anErrorcodeTheSiteAnsweredButNoVerdictReadsIsReported() {
        assertThat(lint(groupsProbe("read", "      - {answer: true, usable: true}\n"))).containsExactly(
                "p.yaml:6:5: /probes/0/verdicts: the real site answered errorcoursecontextnotvalid to this probe,"
                        + " and no verdict says what it means");
    }

    @Test
    void aKindThatDisagreesWithTheRecordingIsReported() {
        String verdict = "      - {errorcode: errorcoursecontextnotvalid, courseAccess: false}\n";
        assertThat(lint(groupsProbe("write-free", verdict)))
                .containsExactly("p.yaml:3:5: /probes/0/kind: the recorded probe of core_group_get_course_groups is"
                        + " 'read' (write_free_probe), so kind must be read");
    }

    @Test
    void aVerdictOnAnErrorcodeTheRecordingNeverInterpretsIsReported() {
        assertThat(lint(groupsProbe("read", "      - {errorcode: errorcoursecontextnotvalid, courseAccess: false}\n"
                + "      - {errorcode: wsnoinstance, usable: true}\n"))).singleElement().asString()
                .startsWith("p.yaml:8:10: /probes/0/verdicts/1/errorcode: capability_probes.json never interprets "
                        + "errorcode wsnoinstance");
    }

    @Test
    void aParameterTheFunctionDoesNotDeclareIsReported() {
        assertThat(lint(groupsProbe("read", "      - {errorcode: errorcoursecontextnotvalid, courseAccess: false}\n")
                .replace("{courseid: {$object: course}}", "{courseid: 3, groupid: 4}"))).singleElement().asString()
                .startsWith("p.yaml:5:27: /probes/0/params/groupid: core_group_get_course_groups declares no "
                        + "parameter 'groupid'");
    }

    @Test
    void aMethodWithoutAProbeIsReportedWhenTheFileDeclaresProbes() {
        List<String> problems = LINTER.lint(CatalogueSource.shipped().stream()
                .map(s -> s.name().equals("probes.yaml") ? new CatalogueSource(s.name(),
                        s.text().replace("  - function: core_group_get_groupings\n",
                                "  - function: core_group_get_groupings\n    methods: [groupings.get]\n"))
                        : s).toList(), true).stream().map(Problem::toString).toList();
        assertThat(problems).anyMatch(p -> p.contains("no capability probe for core_group_get_groupings"));
    }

    private static String unrecordedProbe(String function) {
        return "probes:\n  - function: " + function + "\n    kind: unrecorded\n    why: never recorded\n"
                + "    verdicts: []\n";
    }

    @Test
    void anUnrecordedProbeIsAcceptedForAFunctionTheRecordingDoesNotCover() {
        assertThat(lint(unrecordedProbe("core_cohort_search_cohorts"))).isEmpty();
    }

    @Test
    void anUnrecordedProbeIsRefusedForARecordedFunction() {
        assertThat(lint(unrecordedProbe("core_group_get_course_groups"))).containsExactly("p.yaml:3:5: "
                + "/probes/0/kind: capability_probes.json records a probe for core_group_get_course_groups, so it "
                + "cannot be declared unrecorded; follow the recording");
    }

    @Test
    void anUnrecordedProbeMayNotSendParameters() {
        assertThat(lint(unrecordedProbe("core_cohort_search_cohorts").replace("    verdicts: []\n",
                "    params: {query: x}\n    verdicts: []\n"))).singleElement().asString()
                .startsWith("p.yaml:5:5: /probes/0/params");
    }

    @Test
    void aSendingProbeForAnUnrecordedFunctionPointsToUnrecorded() {
        assertThat(lint(groupsProbe("read", "      - {answer: true, usable: true}\n")
                .replace("core_group_get_course_groups", "core_cohort_search_cohorts")
                .replace("{courseid: {$object: course}}", "{query: x}")))
                .containsExactly("p.yaml:2:5: /probes/0/function: capability_probes.json records no probe for "
                        + "core_cohort_search_cohorts; without a recording declare kind: unrecorded");
    }
}
