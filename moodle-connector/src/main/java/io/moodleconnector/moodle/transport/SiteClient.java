package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.SiteBudget;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Everything one {@link Connection} sends through: its OkHttp client (timeouts from its options, sharing the
 * transport's dispatcher and pool) and its site's {@link SiteBudget} (requests in flight and per second), asked
 * before every attempt. Thread-safe; one instance serves every concurrent call on equal connections.
 */
final class SiteClient {
    /** OkHttp's default: modern TLS for https. */
    private static final List<ConnectionSpec> TLS = List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
    /** Plain HTTP only: no TLS set up for a site that never uses it. */
    private static final List<ConnectionSpec> PLAIN = List.of(ConnectionSpec.CLEARTEXT);

    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final Supplier<SiteBudget> budget;
    private final SiteBudget.Site site;
    private final Duration maxBudgetWait;
    private final long maxResponseBytes;
    private final String userAgent;

    SiteClient(OkHttpClient base, Connection connection, String userAgent, Supplier<SiteBudget> budget) {
        ConnectionOptions o = connection.options();
        this.endpoint = SitePolicy.endpoint(connection);
        this.client = base.newBuilder()
                .connectionSpecs(endpoint.isHttps() ? TLS : PLAIN)
                .connectTimeout(o.connectTimeout())
                .readTimeout(o.readTimeout())
                .writeTimeout(o.readTimeout())
                .callTimeout(o.callTimeout())
                .build();
        this.budget = budget;
        this.site = new SiteBudget.Site(SiteKeys.of(connection), o.requestsPerSecond(), o.maxInFlight());
        this.maxBudgetWait = o.callTimeout();
        this.maxResponseBytes = o.maxResponseBytes();
        this.userAgent = userAgent;
    }

    /** The OkHttp client this connection's requests go through; for tests. */
    OkHttpClient client() {
        return client;
    }

    /**
     * Sends one request once, within this connection's limits, and has the reader read the reply as it streams in.
     *
     * @throws TransportException retriable for I/O failures and timeouts; not retriable for an oversize reply
     */
    <T> Attempt<T> sendOnce(RequestBody body, int attempt, ReplyReader<T> reader) {
        SiteBudget.Permit permit = acquire();
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
            permit.close();
        }
    }

    private SiteBudget.Permit acquire() {
        SiteBudget.Permit permit;
        try {
            permit = budget.get().acquire(site, maxBudgetWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException("interrupted while waiting for the site's request budget; nothing was sent",
                    false, 0, e);
        }
        if (permit == null) {
            throw new TransportException("the site's request budget (requestsPerSecond, maxInFlight) kept this request"
                    + " waiting past its callTimeout; nothing was sent", true, 0, null);
        }
        return permit;
    }
}
