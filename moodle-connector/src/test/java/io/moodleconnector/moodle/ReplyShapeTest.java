package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.RemoteException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * Every reply is checked against the method's declared output: a mismatch is a remote error naming the function
 * and the pointer (issue 10, item 5: a {@code null} reply to site.info was reported as {@code {"success":true}}, and
 * a reply of the wrong shape was accepted).
 */
class ReplyShapeTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aNullReplyToAFunctionThatReturnsAValueIsARemoteErrorNotSuccess() {
        RemoteException e = fails("site.info", Map.of(), "null");

        assertThat(e.errorCode()).isEqualTo("unexpectedreply");
        assertThat(e.getMessage()).contains("answered null").contains("core_webservice_get_site_info");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedByItsPointer() {
        String reply = Samples.responseBody("core_webservice_get_site_info", "no parameters")
                .replaceFirst("\"sitename\":\"[^\"]*\"", "\"sitename\":5");

        RemoteException e = fails("site.info", Map.of(), reply);

        assertThat(e.getMessage()).contains("core_webservice_get_site_info").contains("at /sitename")
                .contains("an integer where string is expected");
    }

    @Test
    void aMismatchInsideTheDataIsNamedByItsPointerInMoodlesReply() {
        RemoteException e = fails("users.search", Map.of("criteria", List.of(Map.of("key", "email", "value", "%"))),
                "{\"users\":[{\"id\":3,\"fullname\":\"A\"},{\"id\":\"four\",\"fullname\":\"B\"}],\"warnings\":[]}");

        assertThat(e.getMessage()).contains("core_user_get_users").contains("at /users/1/id");
    }

    @Test
    void aMissingRequiredFieldOfASingleRecordIsNamed() {
        RemoteException e = fails("groups.get", Map.of("id", 25), "[{\"id\":25,\"courseid\":2}]");

        assertThat(e.getMessage()).contains("core_group_get_groups").contains("at /0/name")
                .contains("required");
    }

    @Test
    void anObjectWhereAListIsDeclaredIsRefusedAtTheRoot() {
        RemoteException e = fails("groups.list-by-course", Map.of("courseid", 2), "{\"id\":1}");

        assertThat(e.getMessage()).contains("core_group_get_course_groups").contains("at the root")
                .contains("an object where array is expected");
    }

    @Test
    void aNullReplyToAFunctionThatReturnsNothingIsStillSuccess() {
        server.enqueue(json("null"));
        try (MoodleConnector c = new MoodleConnector()) {
            MethodResult r = c.invoke("groups.delete", Map.of("id", 25), Fixtures.connection(server));

            assertThat(r.data()).isEqualTo(Map.of("success", true));
        }
    }

    private RemoteException fails(String method, Map<String, Object> input, String reply) {
        server.enqueue(json(reply));
        try (MoodleConnector c = new MoodleConnector()) {
            return catchThrowableOfType(RemoteException.class,
                    () -> c.invoke(method, input, Fixtures.connection(server)));
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
