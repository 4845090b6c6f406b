package io.moodleconnector.moodle.transport;

import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.SiteBudget;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import okhttp3.ConnectionPool;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends form bodies to Moodle's REST endpoint. One {@link SiteClient} per distinct {@link Connection} (its timeouts);
 * every site client derives from one base OkHttp client, so all share one dispatcher and one connection pool, and
 * every connection to one site (URL and token) shares that site's {@link SiteState} (cached site info) and its
 * {@link SiteBudget}: the in-process {@link LocalSiteBudget} unless the host supplied another.
 *
 * <p>Thread-safe. Lives as long as the connector; {@link #close()} evicts the pooled connections and stops the
 * dispatcher's threads, after which it must not be used.
 */
public final class MoodleTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MoodleTransport.class);
    private final OkHttpClient base;
    private final Map<Connection, SiteClient> sites = new ConcurrentHashMap<>();
    private final SiteRegistry registry = new SiteRegistry();
    private final String userAgent;
    private volatile SiteBudget budget = new LocalSiteBudget();
    private final InterruptWatch watch = new InterruptWatch();

    /** A transport whose requests say {@code User-Agent: userAgent}. */
    public MoodleTransport(String userAgent) {
        this.userAgent = userAgent;
        // Redirects are not followed: a redirected POST loses its body, and a redirect to another host must not
        // carry the token. Connection-failure retries are ours alone, so that a write is never sent twice.
        // Cleartext only until a site needs TLS: OkHttp sets up TLS (default trust store and all) when a client that
        // may speak it is built, 150-400 ms of a cold start; SiteClient enables TLS for https:// sites only.
        this.base = new OkHttpClient.Builder()
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .build();
    }

    /**
     * Does, once and without any network, the site-independent work every first request repeats: parsing an
     * endpoint URL (OkHttp's IDNA table and the JDK's Unicode normaliser), encoding a form body and building a
     * request. For the plugin's warm-up thread, so that a cold first call finds those classes loaded and
     * initialised; and taking a permit from a throwaway in-process budget (resilience4j's limiter, a record's
     * hash), which shares nothing with this transport's budgets. Sends nothing.
     */
    public void warmUp() {
        HttpUrl url = HttpUrl.get("http://127.0.0.1/webservice/rest/server.php");
        new Request.Builder().url(url).post(new FormWriter(1).field("wsfunction", "warm-up").finish().requestBody())
                .header("Accept", "application/json").build();
        try (SiteBudget.Permit permit = new LocalSiteBudget().acquire(new SiteBudget.Site("warm-up", 1000, 1),
                Duration.ofSeconds(1))) {
            if (permit == null) {
                LOG.debug("the warm-up budget gave no permit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Sends one request of a call: its form body, retried (read methods only) on failures
     * worth another attempt, within the call's deadline. A 2xx reply is handed to {@code reader} while its body
     * streams in (the body is never held whole); a reply with another status that exhausted its attempts goes to
     * {@link ReplyReader#refused}.
     *
     * @param function the Moodle function, for events
     * @return what the reader made of the reply
     * @throws TransportException when no reply came back, the reply was too large, or plain HTTP is refused
     * @throws io.moodleconnector.spi.CancelledException        when the call was cancelled
     * @throws io.moodleconnector.spi.DeadlineExceededException when the deadline passed, or a retry would end
     *                                                          after it
     */
    public <T> T send(CallScope scope, Connection connection, String function, Form form,
                      boolean readOnly, ReplyReader<T> reader) {
        SiteClient site = sites.computeIfAbsent(connection, c -> new SiteClient(base, c, userAgent, this::budget));
        RequestBody body = form.requestBody();
        int attempts = RetryPolicy.attempts(connection.options(), readOnly);
        for (int attempt = 1; ; attempt++) {
            try {
                Attempt<T> outcome = site.sendOnce(scope, watch, function, body, attempt, readOnly, reader);
                RawReply refused = outcome.refused();
                if (refused == null) {
                    return outcome.value();
                }
                if (attempt >= attempts || !RetryPolicy.retriableStatus(refused.status())) {
                    return reader.refused(refused);
                }
                Duration retryAfter = outcome.retryAfter();
                String reason = "HTTP " + refused.status() + (retryAfter == null ? "" : ", Retry-After "
                        + retryAfter.toSeconds() + " s");
                Optional<Duration> pause = RetryPolicy.pause(connection.options(), attempt + 1, retryAfter);
                if (pause.isEmpty()) {
                    return reader.refused(refused); // the site asks for a longer wait than a call may take
                }
                pause(scope, function, attempt + 1, pause.get(), reason, refusal(reader, refused));
            } catch (TransportException e) {
                if (attempt >= attempts || !e.retriable()) {
                    throw e;
                }
                pause(scope, function, attempt + 1,
                        RetryPolicy.pause(connection.options(), attempt + 1, null).orElseThrow(), e.getMessage(), e);
            }
        }
    }

    /** Waits before another attempt; a pause that would end after the deadline fails the call at once. */
    private static void pause(CallScope scope, String function, int next, Duration pause, String reason,
                              RuntimeException failure) {
        if (pause.toNanos() <= scope.remainingNanos()) {
            scope.retry(function, next, pause, reason);
        }
        scope.await(pause.toNanos(), "before attempt " + next + " (after " + reason + ")", failure);
    }

    /** The error a refused reply stands for, to keep as the cause if the deadline ends the retries. */
    private static RuntimeException refusal(ReplyReader<?> reader, RawReply refused) {
        try {
            reader.refused(refused);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /**
     * The per-site state of a connection's site (URL and token): its shared budget and cached site info. One per
     * site for as long as this transport lives, whatever the connection's other options.
     */
    public SiteState site(Connection connection) {
        return registry.site(connection);
    }

    /** The budget every request of this transport asks first. */
    SiteBudget budget() {
        return budget;
    }

    /** Replaces the per-site budget for the requests that start from now on. */
    public void useSiteBudget(SiteBudget newBudget) {
        this.budget = java.util.Objects.requireNonNull(newBudget, "budget");
    }

    /** How many pooled connections are checked out by a call right now; 0 when no reply was left open. */
    public int connectionsInUse() {
        ConnectionPool pool = base.connectionPool();
        return pool.connectionCount() - pool.idleConnectionCount();
    }

    /** Releases pooled connections and the dispatcher's threads. Idempotent. */
    @Override
    public void close() {
        sites.clear();
        registry.clear();
        watch.close();
        base.dispatcher().cancelAll();
        base.connectionPool().evictAll();
        base.dispatcher().executorService().shutdown();
    }
}
