package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.reference.MoodleFunction;
import io.moodleconnector.catalogue.reference.MoodleReference;
import io.moodleconnector.sandbox.MoodleSandbox;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** {@code doctor} and {@code call} through the packaged plugin against the in-memory Moodle site on loopback. */
class SandboxCliTest {
    private static final String ENROL = "enrol_manual_enrol_users";

    @RegisterExtension
    static final CliFixture cli = CliFixture.pluginsOnly();

    @Test
    void doctorExitsZeroWhenEverySeedSetMethodIsProvedUsable() {
        try (MoodleSandbox site = MoodleSandbox.builder().build().start()) {
            // Seed course 2 lacks a group outside its grouping: add one so the assign probe has its pair.
            site.inspect(s -> s.groups().put(40L, new io.moodleconnector.sandbox.state.Group(40, 2, "Spare", "", 1,
                    null, "", 0, true, 0, 0)));
            CliRun run = cli.runAgainst(site, "doctor", "--json", "--cmid", "3", "--probe-writes");
            assertThat(run.exit()).as(run.err() + run.out()).isZero();
            assertThat(run.json().path("seedSet").path("ready").asBoolean()).isTrue();
            assertThat(run.json().path("seedSet").path("usable").asInt()).isEqualTo(run.json().path("seedSet")
                    .path("total").asInt()).isPositive();
        }
    }

    @Test
    void doctorReportsTheMethodsBeyondTheSeedSetUnprovenWithTheCapabilitiesTheyDeclare() {
        try (MoodleSandbox site = MoodleSandbox.builder().build().start()) {
            CliRun run = cli.runAgainst(site, "doctor", "--json", "--cmid", "3");
            JsonNode create = run.json().get("methods").valueStream()
                    .filter(m -> m.path("method").asString().equals("courses.create")).findFirst().orElseThrow();
            assertThat(create.path("seedSet").asBoolean()).isFalse();
            assertThat(create.path("verdict").asString()).isEqualTo("unproven");
            assertThat(create.path("detail").asString()).contains("no capability probe has been recorded for "
                    + "core_course_create_courses").contains("checked instead: the service holds it")
                    .contains("moodle/course:create");
        }
    }

    @Test
    void doctorExitsThreeAndNamesTheMethodsTheServiceLacks() {
        try (MoodleSandbox site = MoodleSandbox.builder().functions(everyFunctionExcept(ENROL)).build().start()) {
            CliRun run = cli.runAgainst(site, "doctor", "--json");
            assertThat(run.exit()).as(run.err()).isEqualTo(3);
            Set<String> unusable = run.json().get("methods").valueStream()
                    .filter(m -> m.get("verdict").asString().equals("function_missing"))
                    .map(m -> m.get("function").asString()).collect(Collectors.toSet());
            assertThat(unusable).containsExactly(ENROL);
        }
    }

    @Test
    void doctorTextSaysWhatToAddToTheService() {
        try (MoodleSandbox site = MoodleSandbox.builder().functions(everyFunctionExcept(ENROL)).build().start()) {
            CliRun run = cli.runAgainst(site, "doctor");
            assertThat(run.exit()).isEqualTo(3);
            assertThat(run.out()).contains("function missing from the service: " + ENROL).contains("external service");
        }
    }

    @Test
    void callListsTheSitesCourses() {
        try (MoodleSandbox site = MoodleSandbox.builder().build().start()) {
            CliRun run = cli.runAgainst(site, "call", "courses.list");
            assertThat(run.exit()).as(run.err()).isZero();
            JsonNode data = run.json().get("data");
            assertThat(data.isArray()).isTrue();
            assertThat(data.size()).isPositive();
        }
    }

    private static Set<String> everyFunctionExcept(String function) {
        return MoodleReference.shipped().functions().stream().map(MoodleFunction::name).filter(n -> !n.equals(function)).collect(Collectors.toSet());
    }
}
