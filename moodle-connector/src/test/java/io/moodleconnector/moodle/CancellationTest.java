package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Cancellation;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Outcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A call ends soon after the host cancels it, through its handle or by interrupting the thread, whether it is
 * blocked on a hung site or waiting for the site's budget. Every test's timeout is far below the 60 s read timeout
 * of its connection: a call that ignored the cancel would fail it.
 */
@Timeout(20)
class CancellationTest {
    private static final Duration HUNG = Duration.ofSeconds(60);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void release() {
        timer.shutdownNow();
        connector.close();
    }

    private Connection hungSite() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        return Fixtures.connection(server, Fixtures.fastOptions().readTimeout(HUNG).callTimeout(HUNG.multipliedBy(2))
                .maxReadAttempts(1).build());
    }

    private CallOptions cancelledAfter300ms() {
        Cancellation cancel = new Cancellation();
        timer.schedule(cancel::cancel, 300, TimeUnit.MILLISECONDS);
        return CallOptions.builder().cancellation(cancel).build();
    }

    @Test
    void cancellingAReadBlockedOnAHungSiteEndsItAsCancelledAndNotApplied() {
        Connection c = hungSite();
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), c, cancelledAfter300ms()));
        assertThat(t).isInstanceOf(CancelledException.class);
        CancelledException e = (CancelledException) t;
        assertThat(e.code()).isEqualTo("cancelled");
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(e.retriable()).isTrue();
        assertThat(connector.connectionsInUse()).isZero();
    }

    @Test
    void cancellingAWriteAfterItsRequestWasSentLeavesItsOutcomeUnknown() {
        Connection c = hungSite();
        Throwable t = catchThrowable(() -> connector.invoke("shapes.groups-delete", Map.of("groupids", List.of(1)),
                c, cancelledAfter300ms()));
        assertThat(t).isInstanceOf(CancelledException.class);
        assertThat(((CancelledException) t).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(((CancelledException) t).retriable()).isFalse();
        assertThat(t.getMessage()).contains("may or may not have applied");
    }

    @Test
    void interruptingTheThreadOfACallBlockedOnAHungSiteCancelsIt() throws Exception {
        Connection c = hungSite();
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> outcome.complete(catchThrowable(
                () -> connector.invoke("site.info", Map.of(), c))));
        caller.start();
        timer.schedule(caller::interrupt, 300, TimeUnit.MILLISECONDS);
        Throwable t = outcome.get(10, TimeUnit.SECONDS);
        assertThat(t).isInstanceOf(CancelledException.class).hasMessageContaining("interrupted");
        assertThat(((CancelledException) t).outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }

    @Test
    void interruptingACallWaitingForARateLimitPermitCancelsItBeforeAnythingIsSent() throws Exception {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Fixtures.siteInfoReply("Moodle Lab", "")).build());
        Connection slow = Fixtures.connection(server, Fixtures.fastOptions().requestsPerSecond(0.05)
                .callTimeout(HUNG).build());
        connector.invoke("site.info", Map.of(), slow); // takes the only permit of the next 20 s
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread caller = new Thread(() -> outcome.complete(catchThrowable(
                () -> connector.invoke("site.info", Map.of(), slow))));
        caller.start();
        timer.schedule(caller::interrupt, 300, TimeUnit.MILLISECONDS);
        Throwable t = outcome.get(10, TimeUnit.SECONDS);
        assertThat(t).isInstanceOf(CancelledException.class);
        assertThat(((CancelledException) t).outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void cancellingACallWaitingForAnInFlightPermitEndsItBeforeAnythingIsSent() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Connection oneAtATime = Fixtures.connection(server, Fixtures.fastOptions().maxInFlight(1).readTimeout(HUNG)
                .callTimeout(HUNG.multipliedBy(2)).maxReadAttempts(1).build());
        Cancellation holder = new Cancellation();
        CompletableFuture<Throwable> first = CompletableFuture.supplyAsync(() -> catchThrowable(() -> connector.invoke(
                "site.info", Map.of(), oneAtATime, CallOptions.builder().cancellation(holder).build())));
        server.takeRequest(10, TimeUnit.SECONDS); // the first call holds the only permit now
        Throwable second = catchThrowable(() -> connector.invoke("site.info", Map.of(), oneAtATime,
                cancelledAfter300ms()));
        holder.cancel();
        assertThat(second).isInstanceOf(CancelledException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(first.get(10, TimeUnit.SECONDS)).isInstanceOf(CancelledException.class);
    }

    @Test
    void aCallOnAnAlreadyCancelledHandleSendsNothing() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), Fixtures.connection(server),
                CallOptions.builder().cancellation(cancel).build()));
        assertThat(t).isInstanceOf(CancelledException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aCallOnAnInterruptedThreadSendsNothingAndLeavesTheFlagSet() {
        Thread.currentThread().interrupt();
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), Fixtures.connection(server)));
        boolean stillInterrupted = Thread.interrupted(); // clears it for the next test
        assertThat(t).isInstanceOf(CancelledException.class);
        assertThat(stillInterrupted).isTrue();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void cancellingAReplyWhoseBodyHangsIsACancelNotATruncatedReply() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("{\"sitename\":\"Moodle Lab\"}").onResponseBody(SocketEffect.Stall.INSTANCE).build());
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().readTimeout(HUNG)
                .callTimeout(HUNG.multipliedBy(2)).maxReadAttempts(1).build());
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), c, cancelledAfter300ms()));
        assertThat(t).isInstanceOf(CancelledException.class);
    }
}
