package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.Violation;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure paths end to end: the packaged plugin through PF4J against a real sandbox. */
class ErrorPathsAgainstSandboxTest {
    @TempDir
    static Path plugins;

    private static ConnectorHost host;
    private static Connector connector;

    @BeforeAll
    static void loadPlugin() {
        host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
        connector = host.connector("moodle");
    }

    @AfterAll
    static void closeHost() {
        host.close();
    }

    private static MoodleSandbox sandbox(Set<String> functions) {
        return MoodleSandbox.builder().port(0).debug(true).functions(functions).build().start();
    }

    private static MoodleSandbox sandbox() {
        return MoodleSandbox.builder().port(0).debug(true).build().start();
    }

    private static Connection connection(MoodleSandbox sandbox) {
        return Connection.of(sandbox.url(), Secret.of(sandbox.token()));
    }

    @Test
    void badInputNamesEveryFieldAndSendsNothing() {
        try (MoodleSandbox moodle = sandbox()) {
            long before = moodle.requestCount();
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> connector.invoke(
                    "groups.create", Map.of("courseid", "LAB101", "name", ""), connection(moodle)));
            assertThat(e.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder("/courseid", "/name");
            assertThat(e.getMessage()).contains("/courseid").contains("/name");
            assertThat(moodle.requestCount()).isEqualTo(before);
        }
    }

    @Test
    void duplicateGroupNameIsRefusedByMoodleWithItsReason() {
        try (MoodleSandbox moodle = sandbox()) {
            Map<String, Object> group = Map.of("courseid", 2L, "name", "Twice");
            connector.invoke("groups.create", group, connection(moodle));
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                    () -> connector.invoke("groups.create", group, connection(moodle)));
            assertThat(e.debugInfo()).contains("Group with the same name already exists in the course");
        }
    }

    @Test
    void unknownCourseIsMoodlesInvalidRecord() {
        try (MoodleSandbox moodle = sandbox()) {
            RemoteException e = catchThrowableOfType(RemoteException.class, () -> connector.invoke(
                    "groupings.list-by-course", Map.of("courseid", 999L), connection(moodle)));
            assertThat(e.errorCode()).isEqualTo("invalidrecord");
        }
    }

    @Test
    void functionMissingFromTheServiceIsAPermissionErrorNamingIt() {
        Set<String> functions = new LinkedHashSet<>(io.moodleconnector.sandbox.state.LabSeed.SERVICE_FUNCTIONS);
        functions.remove("core_group_create_groups");
        try (MoodleSandbox moodle = sandbox(functions)) {
            PermissionException e = catchThrowableOfType(PermissionException.class, () -> connector.invoke(
                    "groups.create", Map.of("courseid", 2L, "name", "No service"), connection(moodle)));
            assertThat(e.errorCode()).isEqualTo("accessexception");
            assertThat(e.function()).isEqualTo("core_group_create_groups");
        }
    }

    @Test
    void wrongTokenIsAnAuthenticationError() {
        try (MoodleSandbox moodle = sandbox()) {
            Connection wrong = Connection.of(moodle.url(), Secret.of("0123456789abcdef0123456789abcdef"));
            AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                    () -> connector.invoke("site.info", Map.of(), wrong));
            assertThat(e.errorCode()).isEqualTo("invalidtoken");
            assertThat(e.getMessage()).doesNotContain("0123456789abcdef0123456789abcdef");
        }
    }

    @Test
    void enrollingIntoAGroupBeforeTheCourseIsRefused() {
        try (MoodleSandbox moodle = sandbox()) {
            // Student 7 is in LAB101 only; group members must be enrolled in the group's course first.
            long group = ((Number) ((Map<?, ?>) connector.invoke("groups.create",
                    Map.of("courseid", 3L, "name", "LAB102 team"), connection(moodle)).data()).get("id")).longValue();
            InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> connector.invoke(
                    "groups.add-member", Map.of("groupid", group, "userid", 7L), connection(moodle)));
            assertThat(e.debugInfo()).contains("Only enrolled users may be members of groups");
        }
    }
}
