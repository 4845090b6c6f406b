package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.NotFoundException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Moodle's group functions answer {@code errorcoursecontextnotvalid} both for a course that does not exist and for
 * one the user may not enter (reference/moodle/4.5/notes.md, "A non-existent course id has several error shapes";
 * samples/errors.json, "non-existent course id: core_group_get_course_groups"). The connector tells them apart with
 * one read of the course: not_found at the input's pointer, or permission.
 */
class NotFoundAgainstSandboxTest {
    private static MoodleSandbox sandbox;
    private static MoodleConnector connector;

    @BeforeAll
    static void start() {
        sandbox = MoodleSandbox.builder().port(0).build().start();
        connector = new MoodleConnector();
    }

    @AfterAll
    static void stop() {
        connector.close();
        sandbox.close();
    }

    private static Connection as(String user) {
        return Connection.of(sandbox.url(), Secret.of(sandbox.tokenFor(user)));
    }

    @Test
    void aCourseThatDoesNotExistIsNotFoundAtTheInputsPointer() {
        long before = sandbox.requestCount();
        Throwable t = catchThrowable(() -> connector.invoke("groups.create",
                Map.of("courseid", 999_999, "name", "Team"), as("cyclr_ws")));
        assertThat(t).isInstanceOf(NotFoundException.class);
        NotFoundException e = (NotFoundException) t;
        assertThat(e.code()).isEqualTo("not_found");
        assertThat(e.pointer()).isEqualTo("/courseid");
        assertThat(e.errorCode()).isEqualTo("errorcoursecontextnotvalid");
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(e.getMessage()).contains("999999");
        assertThat(sandbox.requestCount() - before).isEqualTo(2); // the call and one read of the course
    }

    @Test
    void aMissingCourseInABatchIsNotFoundAtItsItem() {
        Map<String, Object> group = Map.of("courseid", 999_998, "name", "Team", "description", "");
        Throwable t = catchThrowable(() -> connector.invoke("groups.create-batch",
                Map.of("groups", List.of(group)), as("cyclr_ws")));
        assertThat(t).isInstanceOf(NotFoundException.class);
        assertThat(((NotFoundException) t).pointer()).isEqualTo("/groups/0/courseid");
    }

    @Test
    void aCourseThatExistsButIsOutOfTheUsersReachStaysAPermissionError() {
        Throwable t = catchThrowable(() -> connector.invoke("groups.create", Map.of("courseid", 2, "name", "Team"),
                as("restonly_ws")));
        assertThat(t).isInstanceOf(PermissionException.class);
        assertThat(((PermissionException) t).errorCode()).isEqualTo("errorcoursecontextnotvalid");
    }

    @Test
    void aMissingCourseIsNotFoundEvenForAUserWhoCouldNotEnterIt() {
        Throwable t = catchThrowable(() -> connector.invoke("groups.create",
                Map.of("courseid", 999_999, "name", "Team"), as("restonly_ws")));
        assertThat(t).isInstanceOf(NotFoundException.class);
    }
}
