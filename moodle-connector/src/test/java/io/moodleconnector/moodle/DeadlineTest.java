package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A call's deadline bounds everything it does: a hung exchange, a read's retries and their pauses (the site's
 * Retry-After included), and the waits for the site's budget, which are reported.
 */
@Timeout(20)
class DeadlineTest {
    private static final Duration HUNG = Duration.ofSeconds(60);

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));

    @AfterEach
    void release() {
        assertThat(connector.connectionsInUse()).isZero();
        connector.close();
    }

    private static CallOptions deadline(long millis, CallListener listener) {
        return CallOptions.builder().deadline(Duration.ofMillis(millis)).listener(listener).build();
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void aHungReadEndsAtTheDeadlineAsRetriableAndNotApplied() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().readTimeout(HUNG)
                .callTimeout(HUNG.multipliedBy(2)).build());
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), c, deadline(300, null)));
        assertThat(t).isInstanceOf(DeadlineExceededException.class);
        DeadlineExceededException e = (DeadlineExceededException) t;
        assertThat(e.code()).isEqualTo("deadline_exceeded");
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(e.retriable()).isTrue();
        assertThat(e.deadline()).isEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aHungWriteEndsAtTheDeadlineWithItsOutcomeUnknown() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().readTimeout(HUNG)
                .callTimeout(HUNG.multipliedBy(2)).build());
        Throwable t = catchThrowable(() -> connector.invoke("shapes.groups-delete", Map.of("groupids", List.of(1)),
                c, deadline(300, null)));
        assertThat(t).isInstanceOf(DeadlineExceededException.class);
        assertThat(((DeadlineExceededException) t).outcome()).isEqualTo(Outcome.UNKNOWN);
        assertThat(((DeadlineExceededException) t).retriable()).isFalse();
    }

    @Test
    void aReadStopsRetryingWhenTheNextPauseWouldEndPastTheDeadline() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).build());
        }
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().retryBackoff(Duration.ofSeconds(5)).build());
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), c, deadline(1000, null)));
        assertThat(t).isInstanceOf(DeadlineExceededException.class);
        assertThat(t.getCause()).isInstanceOf(TransportException.class);
        assertThat(((TransportException) t.getCause()).httpStatus()).isEqualTo(503);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void retryAfterOfA503IsHonouredBeforeTheNextAttempt() {
        server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", "1").build());
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        RecordingListener events = new RecordingListener();
        connector.invoke("site.info", Map.of(), Fixtures.connection(server), deadline(10_000, events));
        List<CallListener.Retry> retries = events.of(CallListener.Retry.class);
        assertThat(retries).hasSize(1);
        assertThat(retries.get(0).pause()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(retries.get(0).reason()).contains("503").contains("Retry-After");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterLongerThanTheDeadlineEndsTheCallWithoutWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "30").build());
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().callTimeout(HUNG).build());
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), c, deadline(2000, null)));
        assertThat(t).isInstanceOf(DeadlineExceededException.class);
        assertThat(((TransportException) t.getCause()).httpStatus()).isEqualTo(429);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aWaitForTheRateBudgetThatWouldOutlastTheDeadlineFailsAtOnceSayingSo() {
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        Connection slow = Fixtures.connection(server, Fixtures.fastOptions().requestsPerSecond(0.05)
                .callTimeout(HUNG).build());
        connector.invoke("site.info", Map.of(), slow); // the only permit of the next 20 s
        Throwable t = catchThrowable(() -> connector.invoke("site.info", Map.of(), slow, deadline(500, null)));
        assertThat(t).isInstanceOf(DeadlineExceededException.class).hasMessageContaining("requestsPerSecond");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void timeSpentWaitingForTheRateBudgetIsReported() {
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        server.enqueue(json(Fixtures.siteInfoReply("Moodle Lab", "")));
        Connection onePerSecond = Fixtures.connection(server, Fixtures.fastOptions().requestsPerSecond(1).build());
        connector.invoke("site.info", Map.of(), onePerSecond);
        RecordingListener events = new RecordingListener();
        connector.invoke("site.info", Map.of(), onePerSecond, deadline(5000, events));
        List<CallListener.BudgetWait> waits = events.of(CallListener.BudgetWait.class);
        assertThat(waits).hasSize(1);
        assertThat(waits.get(0).limit()).isEqualTo("siteBudget");
        assertThat(waits.get(0).waited()).isPositive();
        assertThat(events.end().budgetWait()).isEqualTo(waits.get(0).waited());
    }
}
