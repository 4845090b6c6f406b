package io.moodleconnector.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.moodleconnector.sandbox.protocol.FormDecoder;
import io.moodleconnector.sandbox.protocol.PhpArray;
import io.moodleconnector.sandbox.protocol.Replies.Reply;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * The HTTP side of {@code /webservice/rest/server.php}: reads the query string and the form body as PHP fills
 * {@code $_GET} and {@code $_POST}, merges them as Moodle's {@code array_merge($_GET, $_POST)}, and writes the reply
 * with Moodle's headers. Counts requests and the peak of requests in flight. Thread-safe.
 */
final class RestEndpoint implements HttpHandler {
    static final String PATH = "/webservice/rest/server.php";
    private static final Pattern TOKEN_FIELD = Pattern.compile("(^|&)(wstoken=)[^&]*");

    private final WebServiceDispatcher dispatcher;
    private final int maxInputVars;
    private final int recordLimit;
    private final AtomicLong requestCount = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final Deque<RecordedRequest> recorded = new ArrayDeque<>();
    private final Deque<Arrival> arrivals = new ArrayDeque<>();
    private final long latencyMillis;

    RestEndpoint(WebServiceDispatcher dispatcher, int maxInputVars, int recordLimit, long latencyMillis) {
        this.dispatcher = dispatcher;
        this.maxInputVars = maxInputVars;
        this.recordLimit = recordLimit;
        this.latencyMillis = latencyMillis;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        int now = inFlight.incrementAndGet();
        peak.accumulateAndGet(now, Math::max);
        requestCount.incrementAndGet();
        synchronized (arrivals) {
            arrivals.addLast(new Arrival(System.nanoTime(), now));
            while (arrivals.size() > Math.max(recordLimit, 100_000)) {
                arrivals.removeFirst();
            }
        }
        try (exchange) {
            Reply reply;
            try {
                if (!exchange.getRequestURI().getPath().equals(PATH)) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                String method = exchange.getRequestMethod();
                String query = exchange.getRequestURI().getRawQuery();
                byte[] raw = exchange.getRequestBody().readAllBytes();
                String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
                // PHP reads only form bodies into $_POST: a JSON body is ignored (so no token, so invalidtoken).
                String body = isForm(contentType) && method.equals("POST") ? new String(raw, StandardCharsets.UTF_8) : "";
                PhpArray merged = FormDecoder.decode(query, maxInputVars, false);
                FormDecoder.decode(body, maxInputVars, true).entries().forEach(merged::put);
                record(method, merged.get("wsfunction"), body.isEmpty() ? query : body);
                reply = dispatcher.dispatch(merged);
                hold();
            } finally {
                // Stop counting a request once its reply is ready, before a byte of it is sent: a client that has
                // read a whole reply may start its next request at once, and must not be counted twice.
                inFlight.decrementAndGet();
            }
            send(exchange, reply);
        }
    }

    /** A slow site: the request stays in flight for the configured latency, as PHP working on it would. */
    private void hold() {
        if (latencyMillis > 0) {
            try {
                Thread.sleep(latencyMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean isForm(String contentType) {
        return contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static void send(HttpExchange exchange, Reply reply) throws IOException {
        var h = exchange.getResponseHeaders();
        h.set("Content-Type", reply.contentType());
        if (reply.contentType().startsWith("application/xml")) {
            h.set("Content-Disposition", "inline; filename=\"response.xml\"");
        }
        h.set("Cache-Control", "private, must-revalidate, pre-check=0, post-check=0, max-age=0");
        h.set("Expires", "Thu, 01 Jan 1970 00:00:00 GMT");
        h.set("Pragma", "no-cache");
        h.set("Accept-Ranges", "none");
        h.set("Access-Control-Allow-Origin", "*");
        exchange.sendResponseHeaders(200, reply.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply.body());
        }
    }

    private void record(String method, Object function, String body) {
        String redacted = body == null ? "" : TOKEN_FIELD.matcher(body).replaceAll("$1$2TOKEN");
        synchronized (recorded) {
            recorded.addLast(new RecordedRequest(method, function instanceof String f ? f : null, redacted));
            while (recorded.size() > recordLimit) {
                recorded.removeFirst();
            }
        }
    }

    long requestCount() {
        return requestCount.get();
    }

    int maxConcurrentRequests() {
        return peak.get();
    }

    List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    List<RecordedRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }
}
