package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.cli.CliFixture;
import io.moodleconnector.host.cli.CliRun;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.sandbox.state.LabSeed;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code connector doctor}, in-process on a copy of the packaged plugin, against real sandboxes. */
class DoctorCommandTest {
    private static final String GROUPS = "core_group_create_groups";
    private static final String ENROL = "enrol_manual_enrol_users";

    @RegisterExtension
    static final CliFixture cli = CliFixture.pluginsOnly();

    private static MoodleSandbox sandboxWithout(String... missing) {
        Set<String> functions = new LinkedHashSet<>(LabSeed.SERVICE_FUNCTIONS);
        for (String f : missing) {
            functions.remove(f);
        }
        return MoodleSandbox.builder().port(0).functions(functions).build().start();
    }

    private CliRun doctor(MoodleSandbox moodle, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.runAgainst(moodle, all);
    }

    @Test
    void twoMissingFunctionsAreNamedWithTheMethodsTheyDisableAndTheCapabilitiesToAdd() {
        try (MoodleSandbox moodle = sandboxWithout(GROUPS, ENROL)) {
            CliRun run = doctor(moodle);

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out())
                    .contains("Add the function " + GROUPS).contains("Add the function " + ENROL)
                    .contains("It enables: groups.create, groups.create-batch")
                    .contains("It enables: enrolments.enrol, enrolments.enrol-batch")
                    .contains("moodle/course:managegroups").contains("enrol/manual:enrol, moodle/role:assign")
                    .containsPattern("groups\\.create +function missing from the service: " + GROUPS);
        }
    }

    @Test
    void jsonToDoListHasOneTaskPerMissingFunction() {
        try (MoodleSandbox moodle = sandboxWithout(GROUPS, ENROL)) {
            CliRun run = doctor(moodle, "--json");

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            JsonNode report = JsonMapper.builder().build().readTree(run.out());
            assertThat(report.get("methods").toString()).contains("\"verdict\":\"function_missing\"");
            assertThat(report.get("todo")).hasSize(2);
            JsonNode groups = report.get("todo").get(0).get("addFunction").asString().equals(GROUPS)
                    ? report.get("todo").get(0) : report.get("todo").get(1);
            assertThat(groups.get("enablesMethods").toString()).isEqualTo("[\"groups.create\",\"groups.create-batch\",\"groups.ensure\"]");
            assertThat(groups.get("capabilities").toString())
                    .isEqualTo("[\"moodle/course:managegroups\",\"webservice/rest:use\"]");
        }
    }

    @Test
    void aPlainHttpSiteIsWarnedAbout() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            CliRun run = doctor(moodle);

            assertThat(run.out()).contains("Site:     Moodle Lab").contains("User:     cyclr_ws (id 3)")
                    .contains("4.5.5+")
                    // Given as a URL, the sandbox is checked like any site: plain http is warned about.
                    .contains("HTTPS:    NO - WARNING");
        }
    }

    @Test
    void withoutAUrlItChecksItsOwnSandbox() {
        CliRun run = CliRun.run(cli.env(), "doctor");

        assertThat(run.out()).as(run.both()).contains("(the built-in sandbox)")
                .containsPattern("groups\\.create +usable");
    }

    @Test
    void writeProbeCreatesAndDeletesAGroupAndAGrouping() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            List<Integer> before = ProbeSandbox.rows(moodle);
            CliRun run = doctor(moodle, "--probe-writes", "--course", "2");

            assertThat(run.out()).as(run.both()).containsPattern(
                    "Write probe \\(course 2\\): ok - created group \\d+ and grouping \\d+ and deleted them again")
                    .containsPattern("groups\\.delete +usable").containsPattern("groupings\\.delete +usable");
            assertThat(ProbeSandbox.rows(moodle)).isEqualTo(before);
        }
    }

    @Test
    void writeProbeDeletesTheGroupWhenCreatingTheGroupingFails() {
        try (MoodleSandbox moodle = sandboxWithout("core_group_create_groupings")) {
            List<Integer> before = ProbeSandbox.rows(moodle);
            CliRun run = doctor(moodle, "--probe-writes", "--course", "2");

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out()).contains("creating a grouping failed");
            assertThat(ProbeSandbox.rows(moodle)).isEqualTo(before);
        }
    }

    @Test
    void writeProbeWithoutACourseUsesOneTheTokenCanSee() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            CliRun run = doctor(moodle, "--probe-writes");

            assertThat(run.out()).as(run.both()).contains("Write probe (course 2): ok");
        }
    }

    @Test
    void writeProbeWithoutTheCreateFunctionFailsWithThePermissionCode() {
        try (MoodleSandbox moodle = sandboxWithout(GROUPS)) {
            CliRun run = doctor(moodle, "--probe-writes", "--course", "2");

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out()).contains("Write probe (course 2): FAILED [permission]");
        }
    }

    @Test
    void refusedTokenExitsThreeWithTheAuthenticationError() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            CliRun run = CliRun.run(cli.env("MOODLE_URL", moodle.url(),
                    "MOODLE_TOKEN", "0123456789abcdef0123456789abcdef"), "doctor");

            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.err()).contains("\"error\":\"authentication\"");
        }
    }
}
