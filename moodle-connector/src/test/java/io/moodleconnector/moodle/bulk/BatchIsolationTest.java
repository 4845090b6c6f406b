package io.moodleconnector.moodle.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.moodle.Fixtures;
import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.ItemOutcome.Status;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PartialFailureException;
import io.moodleconnector.spi.PermissionException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A batch write that Moodle refuses because of one record is split in halves until the bad records are alone
 * (Moodle 4.5's {@code core_user_create_users}, {@code user/externallib.php}, runs every user of a request in one
 * delegated transaction, so the refused request created nothing); errors that are not about one record stop the
 * splitting. 199 users fit in one request at maxInputVars 1000.
 */
class BatchIsolationTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector();

    @AfterEach
    void close() {
        connector.close();
    }

    private Connection connection() {
        return Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(1000).build());
    }

    private static Set<Integer> indexes(List<ItemOutcome> items, Status status) {
        return items.stream().filter(i -> i.status() == status).map(ItemOutcome::index).collect(Collectors.toSet());
    }

    @Test
    void oneBadRecordIsTheOnlyFailedItemAndNamesItsPointer() {
        ScriptedMoodle moodle = ScriptedMoodle.taken(Set.of("u450"), true);
        server.setDispatcher(moodle);
        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> connector.invoke("users.create-batch", Users.batch(600), connection()));

        List<ItemOutcome> items = e.items();
        assertThat(items).extracting(ItemOutcome::index).isEqualTo(IntStream.range(0, 600).boxed().toList());
        assertThat(indexes(items, Status.FAILED)).containsExactly(450);
        assertThat(indexes(items, Status.DONE)).hasSize(599);
        InvalidInputException why = (InvalidInputException) items.get(450).error();
        assertThat(why.violations()).extracting(v -> v.pointer()).containsExactly("/users/450");
        assertThat(why.debugInfo()).isEqualTo("Username already exists: u450");
        assertThat(moodle.created).hasSize(599).doesNotContain("u450");
        assertThat(e.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(e.retriable()).isFalse();
    }

    @Test
    void tenBadRecordsWithDebuggingOffAreIsolatedWithinTheCostBound() {
        Set<Integer> bad = Set.of(3, 250, 251, 700, 1111, 1500, 1999, 2100, 2300, 2499);
        ScriptedMoodle moodle = ScriptedMoodle.taken(
                bad.stream().map(i -> "u" + i).collect(Collectors.toSet()), false);
        server.setDispatcher(moodle);
        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> connector.invoke("users.create-batch", Users.batch(2500), connection()));

        assertThat(indexes(e.items(), Status.FAILED)).isEqualTo(bad);
        assertThat(indexes(e.items(), Status.DONE)).hasSize(2490);
        assertThat(moodle.created).hasSize(2490);
        int clean = (int) Math.ceil(2500 / 199.0);
        int bound = (int) (2 * bad.size() * Math.ceil(Math.log(2500) / Math.log(2)));
        assertThat(e.partialResult().requests()).isEqualTo(moodle.requests()).isLessThanOrEqualTo(clean + bound);
    }

    @Test
    void aBadRecordInTheFirstRequestStillLetsTheOthersBeCreated() {
        server.setDispatcher(ScriptedMoodle.taken(Set.of("u3"), false));
        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> connector.invoke("users.create-batch", Users.batch(300), connection()));

        assertThat(indexes(e.items(), Status.FAILED)).containsExactly(3);
        assertThat(indexes(e.items(), Status.DONE)).hasSize(299);
    }

    @Test
    void aSingleRecordMethodIsABatchOfOneWithItsOwnErrorAndItsItem() {
        server.setDispatcher(ScriptedMoodle.taken(Set.of("u7"), true));
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> connector.invoke("users.create", Users.one(7), connection()));

        assertThat(e.items()).singleElement().satisfies(i -> {
            assertThat(i.status()).isEqualTo(Status.FAILED);
            assertThat(i.error()).isNotSameAs(e).isInstanceOf(InvalidInputException.class);
        });
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRefusedTokenKeepsItsTypeAndLeavesEveryItemNotAttempted() {
        server.setDispatcher(new ScriptedMoodle(Set.of(), false, 1, ScriptedMoodle.Fault.TOKEN_REFUSED));
        AuthenticationException e = catchThrowableOfType(AuthenticationException.class,
                () -> connector.invoke("users.create-batch", Users.batch(500), connection()));

        assertThat(e.items()).hasSize(500).allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.NOT_ATTEMPTED));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aTokenRefusedMidBatchStopsTheRunWithoutSplitting() {
        server.setDispatcher(new ScriptedMoodle(Set.of(), false, 2, ScriptedMoodle.Fault.TOKEN_REFUSED));
        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> connector.invoke("users.create-batch", Users.batch(500), connection()));

        assertThat(indexes(e.items(), Status.DONE)).hasSize(199);
        assertThat(indexes(e.items(), Status.NOT_ATTEMPTED)).hasSize(301);
        assertThat(e.getCause()).isInstanceOf(AuthenticationException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void bothHalvesFailingForTheSameReasonStopTheSplitting() {
        server.setDispatcher(new ScriptedMoodle(Set.of(), false, 0, ScriptedMoodle.Fault.NO_CAPABILITY));
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(100_000).build());
        PermissionException e = catchThrowableOfType(PermissionException.class,
                () -> connector.invoke("users.create-batch", Users.batch(400), c));

        assertThat(e.items()).hasSize(400).allSatisfy(i -> assertThat(i.status()).isEqualTo(Status.FAILED));
        assertThat(server.getRequestCount()).isEqualTo(3); // the request, then its two halves
    }

    @Test
    void isolationCanBeTurnedOff() {
        server.setDispatcher(ScriptedMoodle.taken(Set.of("u3"), false));
        Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(1000)
                .isolateFailures(false).build());
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> connector.invoke("users.create-batch", Users.batch(300), c));

        assertThat(indexes(e.items(), Status.FAILED)).hasSize(199);
        assertThat(indexes(e.items(), Status.NOT_ATTEMPTED)).hasSize(101);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
