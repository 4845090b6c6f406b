package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A reply body over real HTTP: bounded as it streams, its first bytes kept for messages, never held whole. */
class BoundedBodyTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final OkHttpClient client = new OkHttpClient();

    @AfterEach
    void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    private Response get() throws IOException {
        return client.newCall(new Request.Builder().url(server.url("/")).build()).execute();
    }

    private static String text(int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; sb.length() < n; i++) {
            sb.append(i % 10);
        }
        return sb.substring(0, n);
    }

    @Test
    void drainKeepsTheFirstBytesAndCountsAll() throws IOException {
        String body = text(5000);
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(body).build());
        try (Response r = get()) {
            RawReply reply = BoundedBody.open(r.body(), 10_000, r.code(), r.header("Content-Type"), 2).drain();
            assertThat(reply.length()).isEqualTo(5000);
            assertThat(new String(reply.head(), StandardCharsets.UTF_8)).isEqualTo(body.substring(0, BoundedBody.HEAD));
            assertThat(reply.status()).isEqualTo(502);
            assertThat(reply.contentType()).isEqualTo("text/html");
            assertThat(reply.attempts()).isEqualTo(2);
        }
    }

    @Test
    void declaredLengthOverTheLimitFailsBeforeReading() throws IOException {
        server.enqueue(new MockResponse.Builder().body(text(2000)).build());
        try (Response r = get()) {
            assertThatThrownBy(() -> BoundedBody.open(r.body(), 1000, 200, "", 1))
                    .isInstanceOf(TransportException.class).hasMessageContaining("declares 2000 bytes")
                    .satisfies(e -> assertThat(((TransportException) e).retriable()).isFalse());
        }
    }

    @Test
    void chunkedBodyIsCutOffMidStreamOnceOverTheLimit() throws IOException {
        server.enqueue(new MockResponse.Builder().chunkedBody(text(100_000), 100).build());
        try (Response r = get()) {
            BoundedBody body = BoundedBody.open(r.body(), 1000, 200, "", 1);
            byte[] buffer = new byte[300];
            long read = 0;
            TransportException cut = null;
            try {
                for (int n; (n = body.read(buffer, 0, buffer.length)) != -1; ) {
                    read += n;
                }
            } catch (TransportException e) {
                cut = e;
            }
            assertThat(cut).isNotNull().hasMessageContaining("maxResponseBytes of 1000").hasMessageContaining("exceeded");
            assertThat(read).isLessThanOrEqualTo(1000);
        }
    }

    @Test
    void oversizeReplyStopsTheJsonReaderItselfNotAsMalformedJson() throws IOException {
        String json = "[" + "1,".repeat(5000) + "1]";
        server.enqueue(new MockResponse.Builder().chunkedBody(json, 64).build());
        try (Response r = get()) {
            BoundedBody body = BoundedBody.open(r.body(), 1000, 200, "", 1);
            assertThatThrownBy(() -> PlainJsonReader.read(body)).isExactlyInstanceOf(TransportException.class)
                    .hasMessageContaining("maxResponseBytes of 1000");
        }
    }

    @Test
    void headOfAShortBodyIsTheWholeBody() throws IOException {
        server.enqueue(new MockResponse.Builder().body("null").build());
        try (Response r = get()) {
            RawReply reply = BoundedBody.open(r.body(), 1000, 200, "", 1).drain();
            assertThat(Arrays.equals(reply.head(), "null".getBytes(StandardCharsets.UTF_8))).isTrue();
            assertThat(reply.length()).isEqualTo(4);
        }
    }
}
