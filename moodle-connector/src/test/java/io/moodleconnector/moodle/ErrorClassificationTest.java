package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.TransportException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every reply recorded in reference/moodle/4.5/samples/errors.json, at both debug levels, becomes the intended typed
 * error (or, for the few recorded "errors" that Moodle answers as success, a result).
 */
class ErrorClassificationTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    /** One connector for all cases: it is thread-safe and reusable, and loading a catalogue per case is slow. */
    private static final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue());

    @AfterAll
    static void close() {
        connector.close();
    }

    /** The intended SPI error for each errorcode Moodle sent; null = the reply is a success. */
    private static Class<? extends ConnectorException> intended(String errorCode, String contentType) {
        if (contentType.contains("xml")) {
            return TransportException.class; // not JSON: the format field never reached Moodle
        }
        if (errorCode == null) {
            return null;
        }
        return switch (errorCode) {
            case "invalidtoken" -> AuthenticationException.class;
            case "accessexception", "nopermissions", "wsusercannotassign", "requireloginerror",
                    "errorcoursecontextnotvalid" -> PermissionException.class;
            case "invalidparameter" -> InvalidInputException.class;
            default -> RemoteException.class;
        };
    }

    static Stream<Arguments> replies() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode c : Samples.file("errors.json").path("cases")) {
            add(out, c.path("case").asString() + " [response]", c.path("response"));
            JsonNode debug = c.path("with_debugging").path("response");
            if (!debug.isMissingNode()) {
                add(out, c.path("case").asString() + " [with_debugging]", debug);
            }
        }
        return out.stream();
    }

    private static void add(List<Arguments> out, String name, JsonNode response) {
        out.add(Arguments.of(name, response.path("http_status").asInt(), response.path("content_type").asString(),
                response.path("body").asString()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void recordedReplyBecomesTheIntendedTypedError(String name, int status, String contentType, String body) {
        server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", contentType).body(body)
                .build());
        String errorCode = errorCode(body);
        if ("errorcoursecontextnotvalid".equals(errorCode)) {
            // The connector reads the course once to tell a missing course from an unreachable one (UnknownCourses):
            // answer it as Moodle does for a course out of reach, so the refusal stays what it was.
            server.enqueue(new MockResponse.Builder().code(status).addHeader("Content-Type", contentType).body(body)
                    .build());
        }
        Class<? extends ConnectorException> expected = status == 403 ? TransportException.class
                : intended(errorCode, contentType);
        if (expected == null) {
            // A success reply of another function: not an error of Moodle's, though site.info's shape check refuses it.
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> connector.invoke("site.info", Map.of(), Fixtures.connection(server)));
            if (thrown != null) {
                assertThat(thrown).isExactlyInstanceOf(RemoteException.class);
                assertThat(((RemoteException) thrown).errorCode()).isEqualTo("unexpectedreply");
            }
            return;
        }
        assertThatThrownBy(() -> connector.invoke("site.info", Map.of(), Fixtures.connection(server)))
                .isExactlyInstanceOf(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(Fixtures.FAKE_TOKEN))
                .satisfies(e -> {
                    if (e instanceof RemoteException r) {
                        assertThat(r.errorCode()).isEqualTo(errorCode);
                    }
                });
    }

    private static String errorCode(String body) {
        try {
            JsonNode n = tools.jackson.databind.json.JsonMapper.builder().build().readTree(body);
            return n != null && n.isObject() && n.has("errorcode") ? n.get("errorcode").asString() : null;
        } catch (tools.jackson.core.JacksonException e) {
            return null;
        }
    }
}
