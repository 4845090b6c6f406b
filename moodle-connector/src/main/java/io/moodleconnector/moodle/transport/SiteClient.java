package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Everything one {@link Connection} sends through: its OkHttp client (timeouts from its options, sharing the
 * transport's dispatcher and pool) and its site's budget (requests in flight and per second), which every connection
 * to the same site shares (see {@link SiteRegistry}). Thread-safe; one instance serves every concurrent call on
 * equal connections.
 */
final class SiteClient {
    /** OkHttp's default: modern TLS for https. */
    private static final List<ConnectionSpec> TLS = List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
    /** Plain HTTP only: no TLS set up for a site that never uses it. */
    private static final List<ConnectionSpec> PLAIN = List.of(ConnectionSpec.CLEARTEXT);

    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final SiteBudget budget;
    private final ConnectionOptions options;
    private final long maxResponseBytes;
    private final String userAgent;

    SiteClient(OkHttpClient base, Connection connection, SiteState site, String userAgent) {
        ConnectionOptions o = connection.options();
        this.endpoint = SitePolicy.endpoint(connection);
        this.client = base.newBuilder()
                .connectionSpecs(endpoint.isHttps() ? TLS : PLAIN)
                .connectTimeout(o.connectTimeout())
                .readTimeout(o.readTimeout())
                .writeTimeout(o.readTimeout())
                .callTimeout(o.callTimeout())
                .build();
        this.budget = site.budget();
        this.options = o;
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
        try (SiteBudget.Permit inFlight = budget.acquire(options)) {
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
        }
    }
}
