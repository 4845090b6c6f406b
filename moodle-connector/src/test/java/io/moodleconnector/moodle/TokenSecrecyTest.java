package io.moodleconnector.moodle;

import static io.moodleconnector.moodle.Fixtures.FAKE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.PartialFailureException;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The token goes only into the request body: never the URL, a header, an exception message or a toString. */
class TokenSecrecyTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));

    @AfterEach
    void close() {
        connector.close();
    }

    private static MockResponse reply(int code, String type, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", type).body(body).build();
    }

    @Test
    void tokenIsInTheBodyOnlyNeverInTheUrlOrHeaders() throws Exception {
        server.enqueue(reply(200, "application/json", Fixtures.siteInfoReply("x", "")));
        connector.invoke("site.info", Map.of(), Fixtures.connection(server));
        RecordedRequest r = server.takeRequest();
        assertThat(r.getUrl().toString()).doesNotContain(FAKE_TOKEN);
        assertThat(r.getHeaders().toString()).doesNotContain(FAKE_TOKEN);
        assertThat(r.getBody().utf8()).startsWith("wstoken=" + FAKE_TOKEN + "&");
    }

    @Test
    void repliesEchoingTheTokenNeverLeakItIntoErrors() {
        String echo = "token " + FAKE_TOKEN + " wstoken=" + FAKE_TOKEN;
        List<MockResponse> replies = List.of(
                reply(200, "text/html", "<html>" + echo + "</html>"),
                reply(500, "text/plain", echo),
                reply(200, "application/json", "{\"exception\":\"x\",\"errorcode\":\"invalidtoken\",\"message\":\""
                        + echo + "\"}"),
                reply(200, "application/json", "{\"exception\":\"x\",\"errorcode\":\"nopermissions\",\"message\":\""
                        + echo + "\",\"debuginfo\":\"" + echo + "\"}"),
                reply(200, "application/json", "{\"exception\":\"x\",\"errorcode\":\"invalidparameter\",\"message\""
                        + ":\"m\",\"debuginfo\":\"" + echo + "\"}"),
                reply(200, "application/json", "{\"exception\":\"x\",\"errorcode\":\"other\",\"message\":\""
                        + echo + "\",\"debuginfo\":\"" + echo + "\"}"),
                reply(200, "application/json", "{\"truncated\":\"" + echo));
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxReadAttempts(1).build());
        for (MockResponse response : replies) {
            server.enqueue(response);
            Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), c));
            assertThat(t).isNotNull();
            assertThat(t.getMessage()).doesNotContain(FAKE_TOKEN);
            assertThat(t.toString()).doesNotContain(FAKE_TOKEN);
            assertThat(String.valueOf(reflectFields(t))).doesNotContain(FAKE_TOKEN);
        }
    }

    @Test
    void partialFailureOutcomesDoNotCarryTheToken() {
        server.enqueue(reply(200, "application/json", "[{\"id\":1,\"username\":\"a\"}]"));
        server.enqueue(reply(500, "text/plain", "wstoken=" + FAKE_TOKEN));
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(8).build());
        Map<String, Object> a = Map.of("username", "a", "firstname", "F", "lastname", "L", "email", "a@x.org");
        Map<String, Object> b = Map.of("username", "b", "firstname", "F", "lastname", "L", "email", "b@x.org");
        PartialFailureException e = (PartialFailureException) catchThrowable(
                () -> connector.invoke("shapes.users-create", Map.of("users", List.of(a, b)), c));
        assertThat(e.toString()).doesNotContain(FAKE_TOKEN);
        assertThat(e.partialResult().toString()).doesNotContain(FAKE_TOKEN);
    }

    @Test
    void connectionAndConnectorToStringHideTheToken() {
        assertThat(Fixtures.connection(server).toString()).doesNotContain(FAKE_TOKEN);
        assertThat(connector.toString()).doesNotContain(FAKE_TOKEN);
    }

    /** The typed errors' own accessors (debugInfo and the like), as text. */
    private static String reflectFields(Throwable t) {
        StringBuilder sb = new StringBuilder();
        for (java.lang.reflect.Method m : t.getClass().getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() == String.class
                    && java.lang.reflect.Modifier.isPublic(m.getModifiers())) {
                try {
                    sb.append(m.invoke(t)).append('|');
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
            }
        }
        return sb.toString();
    }
}
