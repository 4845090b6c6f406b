package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Faults on the wire end in the right typed error, retries happen for reads only, and no connection leaks. */
class TransportFaultTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));

    @AfterEach
    void noConnectionLeftOpen() {
        assertThat(connector.connectionsInUse()).isZero();
        connector.close();
    }

    private Connection once() {
        return Fixtures.connection(server, Fixtures.fastOptions().maxReadAttempts(1).build());
    }

    private TransportException readFails(Connection connection) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> connector.invoke("site.info", Map.of(), connection));
        assertThat(t).isInstanceOf(TransportException.class);
        assertThat(t.getMessage()).doesNotContain(Fixtures.FAKE_TOKEN);
        return (TransportException) t;
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void stalledReplyTimesOutAsRetriable() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxReadAttempts(1)
                .readTimeout(Duration.ofMillis(300)).build());
        TransportException e = readFails(c);
        assertThat(e.retriable()).isTrue();
        assertThat(e.getMessage()).contains("in time");
    }

    @Test
    void connectionResetMidBodyIsRetriable() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(new Buffer().writeUtf8("{\"sitename\":\"" + "x".repeat(100_000) + "\"}"))
                .throttleBody(1024, 1, java.util.concurrent.TimeUnit.MILLISECONDS)
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        assertThat(readFails(once()).retriable()).isTrue();
    }

    @Test
    void serverErrorIsRetriableWithItsStatus() {
        server.enqueue(new MockResponse.Builder().code(500).body("").build());
        TransportException e = readFails(once());
        assertThat(e.retriable()).isTrue();
        assertThat(e.httpStatus()).isEqualTo(500);
    }

    @Test
    void badGatewayHtmlPageSaysWhatCameBack() {
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build());
        TransportException e = readFails(once());
        assertThat(e.retriable()).isTrue();
        assertThat(e.getMessage()).contains("HTTP 502").contains("text/html").contains("502 Bad Gateway");
    }

    @Test
    void loginPageWithStatus200IsNotRetriable() {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=utf-8")
                .body("<!DOCTYPE html><html><title>Log in to the site</title><form action=\"login/index.php\">")
                .build());
        TransportException e = readFails(once());
        assertThat(e.retriable()).isFalse();
        assertThat(e.getMessage()).contains("HTML page").contains("Log in to the site");
    }

    @Test
    void truncatedJsonIsATransportError() {
        server.enqueue(json("{\"sitename\":\"Moodle Lab\",\"functions\":[{\"name\":"));
        TransportException e = readFails(once());
        assertThat(e.retriable()).isFalse();
        assertThat(e.getMessage()).contains("not complete JSON");
    }

    @Test
    void declaredBodyOverTheSizeLimitFailsWithoutRetry() {
        server.enqueue(json("[" + "1,".repeat(500) + "1]"));
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxResponseBytes(100).build());
        TransportException e = readFails(c);
        assertThat(e.retriable()).isFalse();
        assertThat(e.getMessage()).contains("maxResponseBytes");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void chunkedBodyOverTheSizeLimitIsCutOff() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .chunkedBody("[" + "1,".repeat(5000) + "1]", 64).build());
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxResponseBytes(1000).build());
        assertThat(readFails(c).getMessage()).contains("maxResponseBytes of 1000");
    }

    @Test
    void webServicesDisabledSaysSo() {
        server.enqueue(new MockResponse.Builder().code(403).addHeader("Content-Type", "text/html; charset=utf-8")
                .build());
        TransportException e = readFails(once());
        assertThat(e.retriable()).isFalse();
        assertThat(e.getMessage()).contains("web services").contains("disabled");
    }

    @Test
    void readMethodIsRetriedOnServerErrors() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        Map<?, ?> data = (Map<?, ?>) connector.invoke("site.info", Map.of(), Fixtures.connection(server)).data();
        assertThat(data.get("sitename")).isEqualTo("Moodle Lab");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void readMethodIsRetriedAfterAnIoFailure() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        connector.invoke("site.info", Map.of(), Fixtures.connection(server));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void readRetriesStopAtMaxReadAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).build());
        }
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxReadAttempts(2).build());
        assertThat(readFails(c).httpStatus()).isEqualTo(429);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void writeMethodIsNeverRetried() {
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(json("null"));
        assertThatThrownBy(() -> connector.invoke("shapes.groups-delete", Map.of("groupids", List.of(1)),
                Fixtures.connection(server))).isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void writeMethodIsNotRetriedAfterAnIoFailure() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build());
        server.enqueue(json("null"));
        assertThatThrownBy(() -> connector.invoke("shapes.groups-delete", Map.of("groupids", List.of(1)),
                Fixtures.connection(server))).isInstanceOf(TransportException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void plainHttpToARemoteHostIsRefusedBeforeSending() {
        Connection remote = Connection.of("http://moodle.example.com", Secret.of(Fixtures.FAKE_TOKEN));
        assertThatThrownBy(() -> connector.invoke("site.info", Map.of(), remote))
                .isInstanceOf(TransportException.class).hasMessageContaining("https");
    }

    @Test
    void nullReplyIsTheSuccessOfAFunctionReturningNothing() {
        server.enqueue(json("null"));
        assertThat(connector.invoke("shapes.groups-delete", Map.of("groupids", List.of(1)), Fixtures.connection(server))
                .data()).isEqualTo(Map.of("success", true));
    }

}
