package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.spi.TransportException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the error says about retrying is what the transport does: one table for both. */
class RetryTableTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));

    @AfterEach
    void release() {
        connector.close();
    }

    @Test
    void http408IsRetriedForAReadAsItsErrorSaysItMayBe() {
        server.enqueue(new MockResponse.Builder().code(408).build());
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(Fixtures.siteInfoReply("Moodle Lab", "")).build());
        connector.invoke("site.info", Map.of(), Fixtures.connection(server));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void http408OfTheLastAttemptIsARetriableTransportError() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(408).build());
        }
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), Fixtures.connection(server)));
        assertThat(((TransportException) t).retriable()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void http400IsNeitherRetriedNorRetriable() {
        server.enqueue(new MockResponse.Builder().code(400).build());
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), Fixtures.connection(server)));
        assertThat(((TransportException) t).retriable()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
