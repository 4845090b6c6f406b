package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.spi.RemoteException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Methods that promise one record give that record, null for none, and refuse to guess among several. */
class SingleRecordMethodsTest {
    private static final String USER = "{\"id\":%d,\"username\":\"%s\",\"firstname\":\"A\",\"lastname\":\"B\","
            + "\"fullname\":\"A B\",\"email\":\"%s\"}";

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue());

    @AfterEach
    void close() {
        connector.close();
    }

    private void reply(String usersJson) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"users\":[" + usersJson + "],\"warnings\":[]}").build());
    }

    @Test
    void oneMatchIsTheResult() {
        reply(USER.formatted(6, "a_b", "a_b@example.edu"));
        Object data = connector.invoke("users.get-by-email", Map.of("email", "a_b@example.edu"),
                Fixtures.connection(server)).data();
        assertThat(data).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) data).get("id")).isEqualTo(6L);
    }

    @Test
    void noMatchIsNull() {
        reply("");
        assertThat(connector.invoke("users.get-by-email", Map.of("email", "nobody@example.edu"),
                Fixtures.connection(server)).data()).isNull();
    }

    @Test
    void aNearMissThatMoodlesLikeAlsoMatchedIsNotAMatch() {
        // Moodle matches e-mail with SQL LIKE: "a_b@example.edu" also matches "axb@example.edu" (output.match drops it).
        reply(USER.formatted(7, "axb", "axb@example.edu") + "," + USER.formatted(6, "a_b", "a_b@example.edu"));
        Object data = connector.invoke("users.get-by-email", Map.of("email", "a_b@example.edu"),
                Fixtures.connection(server)).data();
        assertThat(((Map<?, ?>) data).get("id")).isEqualTo(6L);
    }

    @Test
    void onlyNearMissesAreNoMatch() {
        reply(USER.formatted(7, "axb", "axb@example.edu"));
        assertThat(connector.invoke("users.get-by-email", Map.of("email", "a_b@example.edu"),
                Fixtures.connection(server)).data()).isNull();
    }

    @Test
    void twoAccountsThatReallyShareTheAddressAreAnErrorNotTheFirstOfThem() {
        // A site with allowaccountssameemail: two accounts with the same address (its case may differ).
        reply(USER.formatted(6, "a_b", "a_b@example.edu") + "," + USER.formatted(7, "a_b2", "A_B@Example.edu"));
        RemoteException e = catchThrowableOfType(RemoteException.class, () -> connector.invoke("users.get-by-email",
                Map.of("email", "a_b@example.edu"), Fixtures.connection(server)));
        assertThat(e.errorCode()).isEqualTo("ambiguousresult");
        assertThat(e.getMessage()).contains("users.get-by-email").contains("2");
    }
}
