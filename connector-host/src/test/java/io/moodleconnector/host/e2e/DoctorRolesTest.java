package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.cli.CliFixture;
import io.moodleconnector.host.cli.CliRun;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.sandbox.state.LabSeed;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code connector doctor} against the sandbox with the lab's roles (capability_probes.json: full, minimal, and the
 * role with only webservice/rest:use) gives the verdicts the real site's answers give, names every missing
 * capability, and exits 0 only when every method is proved usable.
 */
class DoctorRolesTest {
    @RegisterExtension
    static final CliFixture cli = CliFixture.pluginsOnly();

    private CliRun doctor(MoodleSandbox moodle, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "doctor";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.runAgainst(moodle, all);
    }

    private static Set<String> all() {
        return new HashSet<>(LabSeed.SERVICE_FUNCTIONS);
    }

    @Test
    void theFullRoleWithTheWriteProbeHasEveryMethodUsableAndExitsZero() {
        try (MoodleSandbox moodle = ProbeSandbox.start("full", all())) {
            List<Integer> before = ProbeSandbox.rows(moodle);
            CliRun run = doctor(moodle, "--course", "3", "--cmid", "3", "--probe-writes");

            assertThat(run.exit()).as(run.both()).isZero();
            assertThat(run.out()).contains("Seed set (the vendor guide's functions and site info): 62 of 62 usable")
                    .contains("Every method of the seed set is usable");
            assertThat(ProbeSandbox.rows(moodle)).isEqualTo(before);
        }
    }

    @Test
    void theFullRoleWithoutTheWriteProbeLeavesOnlyTheDeletesUnproven() {
        try (MoodleSandbox moodle = ProbeSandbox.start("full", all())) {
            JsonNode report = json(doctor(moodle, "--course", "3", "--cmid", "3", "--json"));

            assertThat(verdicts(report, "unproven")).containsExactly("groups.delete", "groups.delete-batch",
                    "groupings.delete", "groupings.delete-batch");
            assertThat(report.get("usable").asInt()).isEqualTo(58);
            assertThat(report.path("seedSet").path("ready").asBoolean()).isFalse();
        }
    }

    @Test
    void theMinimalRoleIsToldEveryCapabilityItLacksWithItsContext() {
        try (MoodleSandbox moodle = ProbeSandbox.start("minimal", all())) {
            CliRun run = doctor(moodle, "--course", "3", "--cmid", "3");

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out())
                    .containsPattern("enrolments\\.enrol +capability missing: moodle/role:assign \\(in course\\)")
                    .containsPattern("enrolments\\.unenrol +capability missing: enrol/manual:unenrol \\(in course\\)")
                    .containsPattern("grades\\.list-course-grades +capability missing: moodle/grade:viewall \\(in "
                            + "system\\)")
                    .containsPattern("users\\.get-by-username +capability missing: moodle/user:viewalldetails")
                    .containsPattern("courses\\.list +capability missing: moodle/course:update \\(in course\\)")
                    .contains("- moodle/role:assign  (NOT in the vendor guide's list)")
                    .contains("- enrol/manual:unenrol  (NOT in the vendor guide's list)")
                    .contains("- moodle/grade:viewall  (NOT in the vendor guide's list)")
                    .containsPattern("- moodle/course:update\\R");
        }
    }

    @Test
    void aRoleWithOnlyRestUseLacksCourseAccessEverywhere() {
        try (MoodleSandbox moodle = ProbeSandbox.start("none", all())) {
            JsonNode report = json(doctor(moodle, "--course", "3", "--cmid", "3", "--json"));

            assertThat(verdicts(report, "course_access_missing")).contains("groups.create", "groups.get",
                    "groupings.assign-group", "groups.get-activity-groupmode", "enrolments.unenrol", "courses.list",
                    "groups.delete");
            assertThat(verdicts(report, "capability_missing")).contains("users.create", "enrolments.enrol",
                    "grades.list-course-grades", "users.get");
            assertThat(report.get("capabilitiesToAdd").toString()).contains("moodle/course:view")
                    .contains("moodle/user:create").contains("enrol/manual:enrol").contains("moodle/user:viewdetails");
        }
    }

    @Test
    void withoutACourseOrActivityItFindsWhatItCanAndSaysWhatItCouldNot() {
        try (MoodleSandbox moodle = ProbeSandbox.start("full", all())) {
            CliRun run = doctor(moodle);

            assertThat(run.exit()).as(run.both()).isEqualTo(3);
            assertThat(run.out()).contains("Could not probe everything:").contains("doctor --cmid ID")
                    .containsPattern("groups\\.create +usable");
        }
    }

    private static JsonNode json(CliRun run) {
        assertThat(run.exit()).as(run.both()).isIn(0, 3);
        return JsonMapper.builder().build().readTree(run.out());
    }

    private static List<String> verdicts(JsonNode report, String verdict) {
        List<String> out = new java.util.ArrayList<>();
        report.get("methods").forEach(m -> {
            if (m.get("verdict").asString().equals(verdict)) {
                out.add(m.get("method").asString());
            }
        });
        return out;
    }
}
