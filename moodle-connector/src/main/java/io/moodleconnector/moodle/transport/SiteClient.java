package io.moodleconnector.moodle.transport;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Everything one {@link Connection} sends through: its OkHttp client (timeouts from its options, sharing the
 * transport's dispatcher and pool), its bulkhead (requests in flight) and its rate limiter (requests per second).
 * Thread-safe; one instance serves every concurrent call on equal connections.
 */
final class SiteClient {
    /** OkHttp's default: modern TLS for https. */
    private static final List<ConnectionSpec> TLS = List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
    /** Plain HTTP only: no TLS set up for a site that never uses it. */
    private static final List<ConnectionSpec> PLAIN = List.of(ConnectionSpec.CLEARTEXT);

    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final Bulkhead bulkhead;
    private final RateLimiter rateLimiter;
    private final long maxResponseBytes;
    private final String userAgent;

    SiteClient(OkHttpClient base, Connection connection, String userAgent) {
        ConnectionOptions o = connection.options();
        this.endpoint = SitePolicy.endpoint(connection);
        this.client = base.newBuilder()
                .connectionSpecs(endpoint.isHttps() ? TLS : PLAIN)
                .connectTimeout(o.connectTimeout())
                .readTimeout(o.readTimeout())
                .writeTimeout(o.readTimeout())
                .callTimeout(o.callTimeout())
                .build();
        String name = "moodle-" + endpoint.host();
        this.bulkhead = Bulkhead.of(name, BulkheadConfig.custom()
                .maxConcurrentCalls(o.maxInFlight())
                .maxWaitDuration(o.callTimeout())
                .writableStackTraceEnabled(false)
                .build());
        this.rateLimiter = RateLimiter.of(name, rateConfig(o));
        this.maxResponseBytes = o.maxResponseBytes();
        this.userAgent = userAgent;
    }

    /** The OkHttp client this connection's requests go through; for tests. */
    OkHttpClient client() {
        return client;
    }

    /** A requests-per-second budget as a resilience4j period: n per second, or one per 1/rate seconds below 1. */
    private static RateLimiterConfig rateConfig(ConnectionOptions o) {
        double rate = o.requestsPerSecond();
        int perPeriod = rate >= 1 ? (int) Math.round(rate) : 1;
        Duration period = rate >= 1 ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(1000 / rate));
        return RateLimiterConfig.custom().limitForPeriod(perPeriod).limitRefreshPeriod(period)
                .timeoutDuration(o.callTimeout()).writableStackTraceEnabled(false).build();
    }

    /**
     * Sends one request once, within this connection's limits, and has the reader read the reply as it streams in.
     *
     * @throws TransportException retriable for I/O failures and timeouts; not retriable for an oversize reply
     */
    <T> Attempt<T> sendOnce(RequestBody body, int attempt, ReplyReader<T> reader) {
        if (!rateLimiter.acquirePermission()) {
            throw new TransportException("the connection's requestsPerSecond limit kept this request waiting past"
                    + " its callTimeout", true, 0, null);
        }
        try {
            bulkhead.acquirePermission();
        } catch (BulkheadFullException e) {
            throw new TransportException("the connection's maxInFlight requests stayed busy past the callTimeout",
                    true, 0, e);
        }
        try {
            Request request = new Request.Builder().url(endpoint).post(body)
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/json")
                    .build();
            try (Response response = client.newCall(request).execute()) {
                return Attempt.of(response, maxResponseBytes, attempt, reader);
            }
        } catch (InterruptedIOException e) {
            throw new TransportException("no complete reply from " + endpoint.host() + " in time (" + e.getMessage()
                    + "); connectTimeout, readTimeout and callTimeout are connection options", true, 0, e);
        } catch (IOException e) {
            throw new TransportException("the exchange with " + endpoint.host() + " failed: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage(), true, 0, e);
        } finally {
            bulkhead.onComplete();
        }
    }
}
