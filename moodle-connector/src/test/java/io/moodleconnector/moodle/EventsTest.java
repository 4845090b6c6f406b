package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.MethodResult;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A host hears what each call does: its start and end, every request, every retry, every chunk of a batch. */
class EventsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));
    private final RecordingListener events = new RecordingListener();

    @AfterEach
    void release() {
        connector.close();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    private MethodResult call(String methodId, Map<String, Object> input, Connection connection) {
        return connector.invoke(methodId, input, connection, CallOptions.builder().listener(events).build());
    }

    @Test
    void aCallReportsItsStartItsRequestAndItsEnd() {
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        call("site.info", Map.of(), Fixtures.connection(server));
        assertThat(events.events.get(0)).isEqualTo("start site.info");
        CallListener.RequestEnd request = events.of(CallListener.RequestEnd.class).get(0);
        assertThat(request.function()).isEqualTo("core_webservice_get_site_info");
        assertThat(request.attempt()).isEqualTo(1);
        assertThat(request.httpStatus()).isEqualTo(200);
        assertThat(request.bytesSent()).isPositive();
        CallListener.CallEnd end = events.end();
        assertThat(end.outcome()).isEqualTo("ok");
        assertThat(end.requests()).isEqualTo(1);
        assertThat(events.events.get(events.events.size() - 1)).isSameAs(end);
    }

    @Test
    void aFailedCallEndsWithItsErrorCode() {
        server.enqueue(json("{\"exception\":\"moodle_exception\",\"errorcode\":\"invalidtoken\",\"message\":\"x\"}"));
        catchThrowable(() -> call("site.info", Map.of(), Fixtures.connection(server)));
        assertThat(events.end().outcome()).isEqualTo("authentication");
    }

    @Test
    void eachAttemptAndRetryOfAReadIsReported() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        call("site.info", Map.of(), Fixtures.connection(server));
        assertThat(events.of(CallListener.RequestEnd.class)).extracting(CallListener.RequestEnd::attempt,
                CallListener.RequestEnd::httpStatus).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, 503), org.assertj.core.groups.Tuple.tuple(2, 200));
        assertThat(events.of(CallListener.Retry.class)).singleElement()
                .satisfies(r -> assertThat(r.nextAttempt()).isEqualTo(2))
                .satisfies(r -> assertThat(r.reason()).isEqualTo("HTTP 503"));
        assertThat(events.end().requests()).isEqualTo(2);
    }

    @Test
    void everyChunkOfABatchReportsItsItemsAndOutcome() {
        server.enqueue(json("[{\"id\":1,\"courseid\":2,\"name\":\"A\"},{\"id\":2,\"courseid\":2,\"name\":\"B\"}]"));
        server.enqueue(json("[{\"id\":3,\"courseid\":2,\"name\":\"C\"}]"));
        List<Map<String, Object>> groups = List.of(Map.of("courseid", 2, "name", "A"),
                Map.of("courseid", 2, "name", "B"), Map.of("courseid", 2, "name", "C"));
        Connection tight = Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(9).build());
        call("shapes.groups-create", Map.of("groups", groups), tight);
        assertThat(events.of(CallListener.ChunkEnd.class)).extracting(CallListener.ChunkEnd::chunk,
                CallListener.ChunkEnd::chunks, CallListener.ChunkEnd::firstItem, CallListener.ChunkEnd::items,
                CallListener.ChunkEnd::outcome).containsExactly(
                org.assertj.core.groups.Tuple.tuple(0, 2, 0, 2, "ok"),
                org.assertj.core.groups.Tuple.tuple(1, 2, 2, 1, "ok"));
    }

    @Test
    void theConnectorsListenerHearsEveryCallAsWellAsTheCallsOwn() {
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        RecordingListener connectorWide = new RecordingListener();
        connector.setCallListener(connectorWide);
        call("site.info", Map.of(), Fixtures.connection(server));
        assertThat(connectorWide.end().outcome()).isEqualTo("ok");
        assertThat(events.end().outcome()).isEqualTo("ok");
    }

    @Test
    void aListenerThatThrowsDoesNotChangeTheCall() {
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        CallListener broken = new CallListener() {
            @Override
            public void requestEnd(RequestEnd event) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void callEnd(CallEnd event) {
                throw new IllegalStateException("listener bug");
            }
        };
        MethodResult result = connector.invoke("site.info", Map.of(), Fixtures.connection(server),
                CallOptions.builder().listener(broken).build());
        assertThat(((Map<?, ?>) result.data()).get("sitename")).isEqualTo("Moodle Lab");
    }
}
