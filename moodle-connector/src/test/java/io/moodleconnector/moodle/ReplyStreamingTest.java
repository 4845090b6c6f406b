package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.TransportException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Replies read as they stream in: what a host gets, and what an error says about a reply it could not read. */
class ReplyStreamingTest {
    private static final Map<String, Object> EVERYONE = Map.of("criteria", List.of(Map.of("key", "email",
            "value", "%")));

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue());

    @AfterEach
    void close() {
        assertThat(connector.connectionsInUse()).isZero();
        connector.close();
    }

    private static String user(int i) {
        return "{\"id\":" + (100 + i) + ",\"username\":\"u" + i + "\",\"fullname\":\"User " + i
                + "\",\"lang\":\"en\",\"firstaccess\":0,\"lastaccess\":1795618377,\"trackforums\":" + (i % 2) + "}";
    }

    private static Map<String, Object> expectedUser(int i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", 100L + i);
        m.put("username", "u" + i);
        m.put("fullname", "User " + i);
        m.put("lang", "en");
        m.put("firstaccess", null);
        m.put("lastaccess", "2026-11-25T14:52:57Z");
        m.put("trackforums", i % 2 == 1);
        return m;
    }

    private void reply(String json) {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody(json, 4096).build());
    }

    @Test
    void manyRecordsComeBackConvertedInReplyOrderAndEqualToPlainMaps() {
        StringBuilder json = new StringBuilder("{\"users\":[");
        for (int i = 0; i < 3000; i++) {
            json.append(i == 0 ? "" : ",").append(user(i));
        }
        reply(json.append("],\"warnings\":[]}").toString());
        List<?> users = (List<?>) connector.invoke("users.search", EVERYONE, Fixtures.connection(server)).data();
        assertThat(users).hasSize(3000);
        for (int i = 0; i < 3000; i += 499) {
            assertThat(users.get(i)).isEqualTo(expectedUser(i));
            assertThat(List.copyOf(((Map<?, ?>) users.get(i)).keySet())).isEqualTo(List.copyOf(expectedUser(i).keySet()));
        }
    }

    @Test
    void resultIsUnmodifiable() {
        reply("{\"users\":[" + user(1) + "],\"warnings\":[]}");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> users = (List<Map<String, Object>>) connector.invoke("users.search", EVERYONE,
                Fixtures.connection(server)).data();
        assertThatThrownBy(() -> users.get(0).put("id", 1L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> users.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void warningsAreLiftedAsMaps() {
        reply("{\"users\":[],\"warnings\":[{\"item\":\"email\",\"warningcode\":\"invalidfieldparameter\","
                + "\"message\":\"The search key 'x' is not supported\"}]}");
        assertThat(connector.invoke("users.search", EVERYONE, Fixtures.connection(server)).warnings())
                .containsExactly(Map.of("item", "email", "warningcode", "invalidfieldparameter",
                        "message", "The search key 'x' is not supported"));
    }

    @Test
    void unreadableReplySaysItsWholeLengthButShowsOnlyItsFirstBytes() {
        String page = "<!DOCTYPE html><html><title>Log in to the site</title>" + "<p>filler</p>".repeat(500)
                + "TAIL-MARKER</html>";
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body(page).build());
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> connector.invoke("site.info", Map.of(),
                Fixtures.connection(server, Fixtures.fastOptions().maxReadAttempts(1).build())));
        assertThat(t).isInstanceOf(TransportException.class)
                .hasMessageContaining(page.length() + " bytes")
                .hasMessageContaining("Log in to the site")
                .hasMessageNotContaining("TAIL-MARKER");
    }

    @Test
    void malformedJsonLongerThanTheLimitIsReportedAsTooLarge() {
        reply("{\"sitename\": oops" + " ".repeat(5000) + "}");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> connector.invoke("site.info", Map.of(),
                Fixtures.connection(server, Fixtures.fastOptions().maxResponseBytes(1000).build())));
        assertThat(t).isInstanceOf(TransportException.class).hasMessageContaining("maxResponseBytes of 1000");
    }
}
