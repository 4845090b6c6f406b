package io.moodleconnector.moodle.transport;

import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.spi.Cancellation;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.SiteBudget;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import okhttp3.Call;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Everything one {@link Connection} sends through: its OkHttp client (timeouts from its options, sharing the
 * transport's dispatcher and pool) and its site's {@link SiteBudget} (requests in flight and per second), asked
 * before every attempt within the call's deadline.
 * Thread-safe; one instance serves every concurrent call on equal connections.
 */
final class SiteClient {
    /** OkHttp's default: modern TLS for https. */
    private static final List<ConnectionSpec> TLS = List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
    /** Plain HTTP only: no TLS set up for a site that never uses it. */
    private static final List<ConnectionSpec> PLAIN = List.of(ConnectionSpec.CLEARTEXT);
    /** How long a wait for an in-flight permit blocks before it looks at the call's cancellation again. */
    /** A permit taken within this was free: no budget wait to report. */
    private static final long NOTICEABLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final OkHttpClient client;
    private final HttpUrl endpoint;
    private final Supplier<SiteBudget> budget;
    private final SiteBudget.Site site;
    private final long maxResponseBytes;
    private final String userAgent;
    private final long callTimeoutNanos;

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
        this.maxResponseBytes = o.maxResponseBytes();
        this.userAgent = userAgent;
        this.callTimeoutNanos = o.callTimeout().toNanos();
    }

    /** The OkHttp client this connection's requests go through; for tests. */
    OkHttpClient client() {
        return client;
    }

    /**
     * Sends one request once, within this connection's limits and the call's deadline, and has the reader read the
     * reply as it streams in. Waits for the budget end as soon as the call is cancelled; the exchange itself is
     * aborted ({@link Call#cancel()}) on the host's cancel, the thread's interrupt (seen by {@code watch}) or the
     * deadline.
     *
     * @throws TransportException retriable for I/O failures and timeouts (outcome unknown for a write that was
     *                            sent); not retriable for an oversize reply
     * @throws io.moodleconnector.spi.CancelledException        when the call was cancelled
     * @throws io.moodleconnector.spi.DeadlineExceededException when the deadline passed
     */
    <T> Attempt<T> sendOnce(CallScope scope, InterruptWatch watch, String function, RequestBody body, int attempt,
                            boolean readOnly, ReplyReader<T> reader) {
        scope.checkpoint();
        SiteBudget.Permit permit = acquire(scope, function);
        SentBody sent = new SentBody(body);
        long sentAt = System.nanoTime();
        int status = 0;
        try {
            Request request = new Request.Builder().url(endpoint).post(sent)
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/json")
                    .build();
            Call call = client.newCall(request);
            long remaining = scope.remainingNanos();
            if (remaining < callTimeoutNanos) {
                call.timeout().timeout(Math.max(1, remaining), TimeUnit.NANOSECONDS);
            }
            Cancellation.Registration onCancel = scope.onCancel(call::cancel);
            InterruptWatch.Watched watched = watch.watch(Thread.currentThread(), scope::deadlinePassed, call::cancel);
            try (Response response = call.execute()) {
                status = response.code();
                return Attempt.of(response, maxResponseBytes, attempt, reader);
            } finally {
                watched.close();
                onCancel.close();
            }
        } catch (IOException e) {
            Outcome outcome = !readOnly && sent.started() ? Outcome.UNKNOWN : Outcome.NOT_APPLIED;
            ConnectorException aborted = scope.abortedBy(e, outcome);
            if (aborted != null) {
                throw aborted;
            }
            String unknown = outcome == Outcome.UNKNOWN ? "; the request was sent, so Moodle may or may not have"
                    + " applied it: look the object up before trying again" : "";
            if (e instanceof InterruptedIOException) {
                throw new TransportException("no complete reply from " + endpoint.host() + " in time ("
                        + e.getMessage() + "); connectTimeout, readTimeout and callTimeout are connection options"
                        + unknown, true, 0, e, outcome);
            }
            throw new TransportException("the exchange with " + endpoint.host() + " failed: "
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + unknown, true, 0, e, outcome);
        } catch (TransportException e) {
            // A body cut short by the abort may read as truncated JSON: say why it was cut.
            ConnectorException aborted = scope.abortedBy(e, !readOnly && sent.started() ? Outcome.UNKNOWN
                    : Outcome.NOT_APPLIED);
            throw aborted != null ? aborted : e;
        } finally {
            permit.close();
            scope.requestEnd(function, attempt, sent.contentLength(), status, sentAt);
        }
    }

    /**
     * Takes a permit of the site's budget (an in-flight slot and a start within the rate), in one wait bounded by
     * the call's deadline and the connection's callTimeout: one wait, not a poll, so a shared budget (Redis) is asked
     * once. A cancel through the host's handle interrupts the wait (the SPI's budgets end a wait on an interrupt), and
     * that interrupt is the connector's own: it is cleared before the call ends. The wait is reported.
     */
    private SiteBudget.Permit acquire(CallScope scope, String function) {
        long start = System.nanoTime();
        scope.checkpoint();
        long remaining = scope.remainingNanos();
        boolean deadlineBound = remaining < callTimeoutNanos;
        Thread waiter = Thread.currentThread();
        AtomicBoolean interruptedByCancel = new AtomicBoolean();
        Cancellation.Registration onCancel = scope.onCancel(() -> {
            interruptedByCancel.set(true);
            waiter.interrupt();
        });
        try {
            Duration maxWait = Duration.ofNanos(Math.min(remaining, callTimeoutNanos));
            SiteBudget.Permit permit = budget.get().acquire(site, maxWait);
            if (permit != null) {
                return permit;
            }
            scope.checkpoint();
            if (deadlineBound) {
                throw scope.budgetOutlastedDeadline();
            }
            throw new TransportException("the site's request budget (requestsPerSecond, maxInFlight, shared by every"
                    + " connection to it) kept this request waiting past its callTimeout; nothing was sent", true, 0,
                    null);
        } catch (InterruptedException e) {
            if (!interruptedByCancel.get()) {
                Thread.currentThread().interrupt(); // the host's own signal stays visible to it
            }
            scope.checkpoint();
            throw new TransportException("interrupted while waiting for the site's request budget; nothing was sent",
                    false, 0, e);
        } finally {
            onCancel.close();
            if (interruptedByCancel.get()) {
                Thread.interrupted(); // the connector's own interrupt ends here
            }
            long waited = System.nanoTime() - start;
            if (waited >= NOTICEABLE_WAIT_NANOS) {
                scope.budgetWaited(function, "siteBudget", waited);
            }
        }
    }

    /** A request body that notes when OkHttp starts writing it: from then on a write may reach Moodle. */
    private static final class SentBody extends RequestBody {
        private final RequestBody body;
        private volatile boolean started;

        SentBody(RequestBody body) {
            this.body = body;
        }

        boolean started() {
            return started;
        }

        @Override
        public MediaType contentType() {
            return body.contentType();
        }

        @Override
        public long contentLength() {
            try {
                return body.contentLength();
            } catch (IOException e) {
                return -1;
            }
        }

        @Override
        public void writeTo(BufferedSink sink) throws IOException {
            started = true;
            body.writeTo(sink);
        }
    }
}
