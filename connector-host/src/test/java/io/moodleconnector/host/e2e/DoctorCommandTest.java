package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.sandbox.state.LabSeed;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code connector doctor}, in-process on a copy of the packaged plugin, against real sandboxes. */
class DoctorCommandTest {
    private static final String GROUPS = "core_group_create_groups";
    private static final String ENROL = "enrol_manual_enrol_users";

    @TempDir
    Path plugins;

    @BeforeEach
    void packagedPlugin() {
        PackagedPlugin.copyInto(plugins);
    }

    private static MoodleSandbox sandboxWithout(String... missing) {
        Set<String> functions = new LinkedHashSet<>(LabSeed.SERVICE_FUNCTIONS);
        for (String f : missing) {
            functions.remove(f);
        }
        return MoodleSandbox.builder().port(0).functions(functions).build().start();
    }

    private Cli doctor(MoodleSandbox moodle, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return Cli.run(plugins, Map.of("MOODLE_URL", moodle.url(), "MOODLE_TOKEN", moodle.token()), all);
    }

    @Test
    void twoMissingFunctionsAreNamedWithTheMethodsTheyDisableAndTheCapabilitiesToAdd() {
        try (MoodleSandbox moodle = sandboxWithout(GROUPS, ENROL)) {
            Cli run = doctor(moodle);

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out()).contains("Methods:  56 of 62 usable")
                    .contains("Add the function " + GROUPS).contains("Add the function " + ENROL)
                    .contains("It enables: groups.create, groups.create-batch")
                    .contains("It enables: enrolments.enrol, enrolments.enrol-batch")
                    .contains("moodle/course:managegroups").contains("enrol/manual:enrol, moodle/role:assign")
                    .containsPattern("MISSING +groups\\.create +" + GROUPS);
        }
    }

    @Test
    void jsonToDoListHasOneTaskPerMissingFunction() {
        try (MoodleSandbox moodle = sandboxWithout(GROUPS, ENROL)) {
            Cli run = doctor(moodle, "--json");

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            JsonNode report = JsonMapper.builder().build().readTree(run.out());
            assertThat(report.get("usable").asInt()).isEqualTo(56);
            assertThat(report.get("todo")).hasSize(2);
            JsonNode groups = report.get("todo").get(0).get("addFunction").asString().equals(GROUPS)
                    ? report.get("todo").get(0) : report.get("todo").get(1);
            assertThat(groups.get("enablesMethods").toString()).isEqualTo("[\"groups.create\",\"groups.create-batch\",\"groups.ensure\"]");
            assertThat(groups.get("capabilities").toString())
                    .isEqualTo("[\"moodle/course:managegroups\",\"webservice/rest:use\"]");
        }
    }

    @Test
    void everyFunctionPresentExitsZero() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            Cli run = doctor(moodle);

            assertThat(run.exit()).as(run.both()).isZero();
            assertThat(run.out()).contains("Methods:  62 of 62 usable").contains("Site:     Moodle Lab")
                    .contains("User:     cyclr_ws (id 3)").contains("4.5.5+").doesNotContain("MISSING")
                    // Given as a URL, the sandbox is checked like any site: plain http is warned about.
                    .contains("HTTPS:    NO - WARNING");
        }
    }


    @Test
    void withoutAUrlItChecksItsOwnSandbox() {
        Cli run = Cli.run(plugins, Map.of(), "doctor");

        assertThat(run.exit()).as(run.both()).isZero();
        assertThat(run.out()).contains("(the built-in sandbox)").contains("62 of 62 usable");
    }

    @Test
    void writeProbeCreatesAndDeletesAGroup() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            int groupsBefore = moodle.inspect(site -> site.groups().size());
            Cli run = doctor(moodle, "--probe-writes", "--course", "2");

            assertThat(run.exit()).as(run.both()).isZero();
            assertThat(run.out()).containsPattern("Write probe \\(course 2\\): ok - created group \\d+ and deleted it");
            int groupsAfter = moodle.inspect(site -> site.groups().size());
            assertThat(groupsAfter).isEqualTo(groupsBefore);
        }
    }

    @Test
    void writeProbeWithoutTheCreateFunctionFailsWithThePermissionCode() {
        try (MoodleSandbox moodle = sandboxWithout(GROUPS)) {
            Cli run = doctor(moodle, "--probe-writes", "--course", "2");

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out()).contains("Write probe (course 2): FAILED [permission]");
        }
    }

    @Test
    void writeProbeNeedsACourse() {
        Cli run = Cli.run(plugins, Map.of(), "doctor", "--probe-writes");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--probe-writes needs --course ID");
    }

    @Test
    void refusedTokenExitsThreeWithTheAuthenticationError() {
        try (MoodleSandbox moodle = sandboxWithout()) {
            Cli run = Cli.run(plugins, Map.of("MOODLE_URL", moodle.url(),
                    "MOODLE_TOKEN", "0123456789abcdef0123456789abcdef"), "doctor");

            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.err()).contains("\"error\":\"authentication\"");
        }
    }
}
