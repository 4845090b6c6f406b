package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Cancellation;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.Secret;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code check(connection, checkOptions, callOptions)} runs the site-info request and every capability probe as one
 * call: one deadline for all of them, one cancel, their events under the method id {@code check}, and a check cut
 * short is not remembered as a probe result. Every connection here waits 60 s for a silent site: a check that
 * ignored its deadline or its cancel would fail the class's timeout.
 */
@Timeout(30)
class CheckWithinCallOptionsTest {
    private static final Duration HUNG = Duration.ofSeconds(60);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(new CatalogueLoader().loadShipped());
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final RecordingListener events = new RecordingListener();

    @AfterEach
    void release() {
        timer.shutdownNow();
        assertThat(connector.connectionsInUse()).isZero();
        connector.close();
    }

    /** A site that answers the site info (its service holds two functions) and never answers a probe. */
    private Connection siteThatStallsAfterTheSiteInfo() {
        return siteThatStallsAfterTheSiteInfo(() -> { }, "core_course_get_courses", "core_group_create_groups");
    }

    /**
     * A site whose service holds {@code functions}, that answers the site info and never answers a probe; {@code
     * onProbe} runs when the first probe arrives, so a cancel can be sent while the probe is surely in flight.
     */
    private Connection siteThatStallsAfterTheSiteInfo(Runnable onProbe, String... functions) {
        String list = String.join(",", java.util.Arrays.stream(functions).map(f -> "{\"name\":\"" + f + "\"}")
                .toList());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody() == null ? "" : request.getBody().utf8();
                if (body.contains("wsfunction=core_webservice_get_site_info")) {
                    return new MockResponse.Builder().addHeader("Content-Type", "application/json")
                            .body("{\"sitename\":\"Stalling\",\"username\":\"ws\",\"userid\":3,\"siteurl\":"
                                    + "\"http://127.0.0.1\",\"release\":\"4.5.5+\",\"functions\":[" + list + "]}")
                            .build();
                }
                onProbe.run();
                return new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
            }
        });
        return Fixtures.connection(server, Fixtures.fastOptions().readTimeout(HUNG).callTimeout(HUNG.multipliedBy(2))
                .maxReadAttempts(3).build());
    }

    private static Connection connection(MoodleSandbox sandbox) {
        return Connection.of(sandbox.url(), Secret.of(sandbox.token()));
    }

    private static CallOptions deadline(long millis, CallListener listener) {
        return CallOptions.builder().deadline(Duration.ofMillis(millis)).listener(listener).build();
    }

    @Test
    void aDeadlineEndsACheckWhoseSiteStallsAsDeadlineExceededNotAppliedWithoutARetry() {
        Connection c = siteThatStallsAfterTheSiteInfo();
        Throwable t = catchThrowable(() -> connector.check(c, CheckOptions.DEFAULT, deadline(3000, events)));
        assertThat(t).isInstanceOf(DeadlineExceededException.class).hasMessageContaining("check");
        DeadlineExceededException e = (DeadlineExceededException) t;
        assertThat(e.deadline()).isEqualTo(Duration.ofMillis(3000));
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(e.retriable()).isTrue();
        // The site info, then the first probe's read (a read may be tried 3 times) cut by the deadline: not retried.
        assertThat(events.of(CallListener.RequestEnd.class)).extracting(CallListener.RequestEnd::function)
                .containsExactly("core_webservice_get_site_info", "core_course_get_courses");
        assertThat(events.end().requests()).isEqualTo(2);
    }

    @Test
    void aCheckCutShortWhileAWriteFreeProbeOfAWriteFunctionWasInFlightIsStillNotApplied() {
        // core_user_create_users's probe is a write call that Moodle refuses after its checks: nothing is written.
        Connection c = siteThatStallsAfterTheSiteInfo(() -> { }, "core_user_create_users");
        Throwable t = catchThrowable(() -> connector.check(c, CheckOptions.DEFAULT, deadline(3000, events)));
        assertThat(events.of(CallListener.RequestEnd.class)).extracting(CallListener.RequestEnd::function)
                .containsExactly("core_webservice_get_site_info", "core_user_create_users");
        assertThat(t).isInstanceOf(DeadlineExceededException.class);
        assertThat(((DeadlineExceededException) t).outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(((DeadlineExceededException) t).retriable()).isTrue();
        assertThat(t.getMessage()).doesNotContain("may or may not have applied");
    }

    @Test
    void cancellingACheckWhileAWriteFreeProbeOfAWriteFunctionWasInFlightIsStillNotApplied() {
        Cancellation cancel = new Cancellation();
        Connection c = siteThatStallsAfterTheSiteInfo(() -> timer.schedule(cancel::cancel, 100, TimeUnit.MILLISECONDS),
                "core_user_create_users");
        Throwable t = catchThrowable(() -> connector.check(c, CheckOptions.DEFAULT,
                CallOptions.builder().cancellation(cancel).build()));
        assertThat(t).isInstanceOf(CancelledException.class);
        assertThat(((CancelledException) t).outcome()).isEqualTo(Outcome.NOT_APPLIED);
    }

    @Test
    void theDeadlineBoundsTheWholeCheckThoughEachRequestIsFasterThanIt() {
        // ~30 requests of 100 ms each: every one fits the deadline, all of them together do not.
        try (MoodleSandbox sandbox = MoodleSandbox.builder().latency(Duration.ofMillis(100)).build().start()) {
            Throwable t = catchThrowable(() -> connector.check(connection(sandbox), CheckOptions.DEFAULT,
                    deadline(1000, events)));
            assertThat(t).isInstanceOf(DeadlineExceededException.class);
            assertThat(events.of(CallListener.RequestEnd.class)).hasSizeGreaterThan(1)
                    .allSatisfy(r -> assertThat(r.duration()).isLessThan(Duration.ofMillis(1000)));
        }
    }

    @Test
    void cancellingACheckFromAnotherThreadEndsItAsCancelledAndNotApplied() {
        Cancellation cancel = new Cancellation();
        Connection c = siteThatStallsAfterTheSiteInfo(() -> timer.schedule(cancel::cancel, 100, TimeUnit.MILLISECONDS),
                "core_course_get_courses");
        Throwable t = catchThrowable(() -> connector.check(c, CheckOptions.DEFAULT,
                CallOptions.builder().cancellation(cancel).build()));
        assertThat(t).isInstanceOf(CancelledException.class).hasMessageContaining("check");
        assertThat(((CancelledException) t).outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(((CancelledException) t).code()).isEqualTo("cancelled");
    }

    @Test
    void interruptingTheThreadOfACheckCancelsIt() throws Exception {
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread[] caller = new Thread[1];
        Connection c = siteThatStallsAfterTheSiteInfo(() -> timer.schedule(() -> caller[0].interrupt(), 100,
                TimeUnit.MILLISECONDS), "core_course_get_courses");
        caller[0] = new Thread(() -> outcome.complete(catchThrowable(() -> connector.check(c))));
        caller[0].start();
        assertThat(outcome.get(10, TimeUnit.SECONDS)).isInstanceOf(CancelledException.class)
                .hasMessageContaining("interrupted");
    }

    @Test
    void everyRequestOfACheckIsHeardAsAnEventOfTheCallCheck() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().build().start()) {
            connector.check(connection(sandbox), CheckOptions.DEFAULT, CallOptions.builder().listener(events).build());
            assertThat(events.events.get(0)).isEqualTo("start " + CallListener.CHECK_METHOD_ID);
            var requests = events.of(CallListener.RequestEnd.class);
            assertThat(requests).hasSize((int) sandbox.requestCount()).hasSizeGreaterThan(20)
                    .allSatisfy(r -> assertThat(r.methodId()).isEqualTo("check"));
            assertThat(requests).extracting(CallListener.RequestEnd::function)
                    .contains("core_webservice_get_site_info", "core_course_get_courses", "core_group_create_groups");
            assertThat(events.end().outcome()).isEqualTo("ok");
            assertThat(events.end().requests()).isEqualTo(requests.size());
        }
    }

    @Test
    void theConnectorsOwnListenerHearsACheckWithoutCallOptions() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().build().start()) {
            connector.setCallListener(events);
            connector.check(connection(sandbox));
            assertThat(events.events.get(0)).isEqualTo("start check");
            assertThat(events.of(CallListener.RequestEnd.class)).hasSize((int) sandbox.requestCount());
            assertThat(events.end().methodId()).isEqualTo("check");
        }
    }

    @Test
    void aCheckCutShortByItsDeadlineIsNotCachedSoTheNextCheckProbesAgain() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().latency(Duration.ofMillis(50)).build().start()) {
            Connection c = connection(sandbox);
            Throwable cut = catchThrowable(() -> connector.check(c, CheckOptions.DEFAULT, deadline(600, events)));
            assertThat(cut).isInstanceOf(DeadlineExceededException.class);
            assertThat(events.of(CallListener.RequestEnd.class)).hasSizeGreaterThan(1); // it was probing
            long before = sandbox.requestCount();
            connector.check(c);
            assertThat(sandbox.requestCount() - before).isGreaterThan(20);
        }
    }

    @Test
    void aCheckCancelledWhileProbingIsNotCachedSoTheNextCheckProbesAgain() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().latency(Duration.ofMillis(50)).build().start()) {
            Connection c = connection(sandbox);
            Cancellation cancel = new Cancellation();
            timer.schedule(cancel::cancel, 600, TimeUnit.MILLISECONDS);
            Throwable cut = catchThrowable(() -> connector.check(c, CheckOptions.DEFAULT,
                    CallOptions.builder().cancellation(cancel).listener(events).build()));
            assertThat(cut).isInstanceOf(CancelledException.class);
            assertThat(events.of(CallListener.RequestEnd.class)).hasSizeGreaterThan(1);
            long before = sandbox.requestCount();
            connector.check(c);
            assertThat(sandbox.requestCount() - before).isGreaterThan(20);
        }
    }

    @Test
    void aCheckWithoutCallOptionsIsCachedAsBefore() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().build().start()) {
            Connection c = connection(sandbox);
            connector.check(c);
            long before = sandbox.requestCount();
            connector.check(c, CheckOptions.DEFAULT, CallOptions.DEFAULTS);
            assertThat(sandbox.requestCount() - before).isEqualTo(1);
        }
    }
}
