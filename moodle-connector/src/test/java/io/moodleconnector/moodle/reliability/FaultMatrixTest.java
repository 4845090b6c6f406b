package io.moodleconnector.moodle.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link Fault} against a read method and a write method, through one connector: each call ends within its
 * deadline with a {@link TransportException} of the right retriability, outcome and status (a write that may have
 * reached Moodle is never retriable: its outcome is unknown); read methods are tried
 * {@code maxReadAttempts} times on retriable faults and once otherwise, write methods always once; no connection is
 * left checked out. Everything produced is scanned for the planted token.
 */
class FaultMatrixTest {
    @RegisterExtension
    static final SecretScan SCAN = new SecretScan(Reliability.PLANTED_TOKEN);
    private static final ConnectionOptions OPTIONS = Reliability.fastOptions().build();
    private static final Map<String, Map<String, Object>> INPUTS = Map.of(
            "courses.list", Map.of(),
            "groups.create", Map.of("courseid", 2, "name", "Team A"));
    private static MoodleConnector connector;
    private final MockWebServer server = new MockWebServer();

    @BeforeAll
    static void open() {
        connector = new MoodleConnector();
    }

    @AfterAll
    static void close() {
        connector.close();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    static Stream<Arguments> faultsByMethod() {
        return Arrays.stream(Fault.values())
                .flatMap(f -> Stream.of(Arguments.of(f, "courses.list"), Arguments.of(f, "groups.create")));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faultsByMethod")
    void faultEndsInTimeWithTheRightTypedErrorAndRetriesOnlyReads(Fault fault, String methodId) throws IOException {
        Connection connection = connectionFor(fault);
        boolean read = connector.method(methodId).readOnly();
        int attempts = read && fault.retriable() ? OPTIONS.maxReadAttempts() : 1;
        // The hang guard: every attempt has its own callTimeout; backoffs are milliseconds.
        Duration deadline = OPTIONS.callTimeout().multipliedBy(attempts).plusSeconds(2);

        Throwable thrown = assertTimeoutPreemptively(deadline,
                () -> catchThrowable(() -> connector.invoke(methodId, INPUTS.get(methodId), connection)));

        SCAN.record(thrown);
        assertThat(thrown).isInstanceOf(TransportException.class);
        TransportException e = (TransportException) thrown;
        boolean unknown = !read && fault.mayHaveReachedMoodle();
        assertThat(e.retriable()).as("retriable").isEqualTo(fault.retriable() && !unknown);
        assertThat(e.outcome()).as("outcome").isEqualTo(unknown ? Outcome.UNKNOWN : Outcome.NOT_APPLIED);
        assertThat(e.httpStatus()).as("HTTP status").isEqualTo(fault.status());
        if (fault != Fault.CONNECTION_REFUSED) {
            assertThat(server.getRequestCount()).as("requests the server received").isEqualTo(attempts);
        }
        assertThat(connector.connectionsInUse()).as("connections still checked out").isZero();
    }

    private Connection connectionFor(Fault fault) throws IOException {
        if (fault == Fault.CONNECTION_REFUSED) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            return Reliability.connection("http://127.0.0.1:" + port, Reliability.PLANTED_TOKEN, OPTIONS);
        }
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                SCAN.record("request line", request.getRequestLine());
                SCAN.record("request URL", String.valueOf(request.getUrl()));
                SCAN.record("request headers", request.getHeaders().toString());
                return fault.response();
            }
        });
        server.start();
        return Reliability.connection(server.url("/").toString(), Reliability.PLANTED_TOKEN, OPTIONS);
    }
}
