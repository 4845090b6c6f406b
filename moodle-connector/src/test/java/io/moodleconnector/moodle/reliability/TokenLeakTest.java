package io.moodleconnector.moodle.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/**
 * A hostile server that echoes the token back in its error replies: the token must still appear in no exception,
 * log line or URL. Also proves the scan itself finds a planted token where it should look.
 */
class TokenLeakTest {
    @RegisterExtension
    static final SecretScan SCAN = new SecretScan(Reliability.PLANTED_TOKEN);
    private static final Pattern NAME = Pattern.compile("groups%5B(\\d+)%5D%5Bname%5D");
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector();

    @AfterEach
    void close() {
        connector.close();
        server.close();
    }

    @Test
    void batchSplitAcrossRequestsWhoseLaterRepliesEchoTheTokenNeverShowsIt() throws IOException {
        AtomicInteger requests = new AtomicInteger();
        start(request -> requests.incrementAndGet() == 1 ? createdGroups(request)
                : moodleError("invalidparameter", "Invalid parameter value detected",
                        "wstoken=" + Reliability.PLANTED_TOKEN + " saw " + Reliability.PLANTED_TOKEN));
        List<Map<String, Object>> groups = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            groups.add(Map.of("courseid", 2, "name", "Group " + i, "description", ""));
        }
        Connection connection = connection(Reliability.fastOptions().maxInputVars(12).build());

        Throwable thrown = SCAN.record(catchThrowable(
                () -> connector.invoke("groups.create-batch", Map.of("groups", groups), connection)));

        assertThat(requests.get()).as("requests: the batch was split").isGreaterThan(1);
        assertThat(thrown).isInstanceOf(ConnectorException.class);
        SCAN.record("connection toString", connection.toString());
        SCAN.record("connector toString", connector.toString());
    }

    @Test
    void refusedTokenEchoedByTheServerIsNotInTheError() throws IOException {
        start(request -> moodleError("invalidtoken", "Invalid token - token " + Reliability.PLANTED_TOKEN
                + " not found", null));

        Throwable thrown = SCAN.record(catchThrowable(
                () -> connector.invoke("courses.list", Map.of(), connection(Reliability.fastOptions().build()))));

        assertThat(thrown).isInstanceOf(AuthenticationException.class);
    }

    /**
     * Issue 10, item 1: the excerpt of an error page used to be cut to 200 characters before the token was removed,
     * so a token echoed across the cut escaped (31 of its 32 characters). Every offset around the cut, the whole
     * token and runs of 8 to 31 of its characters ending at or starting from the cut.
     */
    @Test
    void errorPagesEchoingTheTokenOrRunsOfItAroundTheExcerptCutNeverShowEightOfItsCharacters() throws IOException {
        String token = Reliability.PLANTED_TOKEN;
        List<String> echoes = new ArrayList<>();
        for (int offset = 160; offset <= 240; offset++) {
            echoes.add("x".repeat(offset) + token + " after");
        }
        for (int run = SecretScan.RUN; run < token.length(); run++) {
            echoes.add("y".repeat(EXCERPT_CUT - run) + token.substring(0, run) + " after");
            echoes.add("y".repeat(EXCERPT_CUT) + token.substring(token.length() - run) + " after");
            echoes.add("y".repeat(EXCERPT_CUT - run / 2) + token.substring(1, 1 + run).toUpperCase() + " after");
        }
        java.util.Iterator<String> next = echoes.iterator();
        start(request -> new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html")
                .body(htmlPage(next.next())).build());
        Connection connection = connection(Reliability.fastOptions().build());

        List<String> leaked = new ArrayList<>();
        for (int i = 0; i < echoes.size(); i++) {
            Throwable thrown = SCAN.record(catchThrowable(() -> connector.invoke("groups.create",
                    Map.of("courseid", 2, "name", "Team A"), connection)));
            assertThat(thrown).isInstanceOf(TransportException.class).hasMessageContaining("HTTP 500");
            if (SecretScan.showsPartOf(token, thrown.getMessage())) {
                leaked.add(thrown.getMessage());
            }
        }
        assertThat(leaked).as("error messages showing 8+ characters of the token").isEmpty();
    }

    @Test
    void scanFindsATokenInLogLinesAndExceptionCauses() {
        String canary = "c0ffee00c0ffee00c0ffee00c0ffee00";
        SecretScan scan = new SecretScan(canary);
        scan.beforeAll(null);
        LoggerFactory.getLogger(TokenLeakTest.class).warn("a careless log line with {}", canary);
        scan.record(new IllegalStateException("outer", new RuntimeException("inner " + canary)));
        scan.record("request URL", "http://127.0.0.1/x?wstoken=" + canary);
        List<String> leaks = scan.leaks();
        try {
            scan.afterAll(null);
        } catch (AssertionError expected) {
            // The scan fails its class when it finds the token; that is what it is for.
        }
        assertThat(leaks).contains("exception IllegalStateException", "request URL",
                "standard output/error (log lines)");
    }

    private void start(java.util.function.Function<RecordedRequest, MockResponse> reply) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                SCAN.record("request line", request.getRequestLine());
                SCAN.record("request headers", request.getHeaders().toString());
                return reply.apply(request);
            }
        });
        server.start();
    }

    private Connection connection(io.moodleconnector.spi.ConnectionOptions options) {
        return Reliability.connection(server.url("/").toString(), Reliability.PLANTED_TOKEN, options);
    }

    /** Moodle's reply to core_group_create_groups: one group per group sent, in order. */
    private static MockResponse createdGroups(RecordedRequest request) {
        Matcher m = NAME.matcher(request.getBody() == null ? "" : request.getBody().utf8());
        StringBuilder json = new StringBuilder("[");
        int n = 0;
        while (m.find()) {
            json.append(n == 0 ? "" : ",").append("{\"id\":").append(100 + n)
                    .append(",\"courseid\":2,\"name\":\"Group ").append(m.group(1)).append("\",\"description\":\"\","
                            + "\"descriptionformat\":1,\"enrolmentkey\":\"\",\"idnumber\":\"\",\"visibility\":0,"
                            + "\"participation\":true}");
            n++;
        }
        return json(json.append(']').toString());
    }

    /** The excerpt of a reply in an error message is cut after this many characters. */
    private static final int EXCERPT_CUT = 200;

    /** An HTML error page whose text starts at character 0 of the body, so offsets in it are offsets in the excerpt. */
    private static String htmlPage(String text) {
        return text + "<html><body>session expired</body></html>";
    }

    private static MockResponse moodleError(String code, String message, String debugInfo) {
        return json("{\"exception\":\"moodle_exception\",\"errorcode\":\"" + code + "\",\"message\":\"" + message
                + "\"" + (debugInfo == null ? "" : ",\"debuginfo\":\"" + debugInfo + "\"") + "}");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
    }
}
