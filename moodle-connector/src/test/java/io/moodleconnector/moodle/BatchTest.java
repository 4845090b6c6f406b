package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PartialFailureException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Batches are split to stay within max_input_vars, merged in order, and partial failures account for every item. */
class BatchTest {
    private static final int USERS = 2500;
    /** Each user flattens to 5 variables; 3 protocol fields leave 997, so 199 users a request, 13 requests. */
    private static final int MINIMAL_REQUESTS = (int) Math.ceil(USERS / (double) ((1000 - 3) / 5));

    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));

    @AfterEach
    void close() {
        connector.close();
    }

    private Connection connection() {
        return Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(1000).build());
    }

    private static Map<String, Object> users(int n) {
        List<Object> users = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(Map.of("username", "u" + i, "password", "Pass#" + i, "firstname", "F", "lastname", "L",
                    "email", "u" + i + "@example.com"));
        }
        return Map.of("users", users);
    }

    @Test
    void bigBatchGoesOutAsTheMinimalNumberOfRequestsEachWithinTheLimit() {
        FakeCreateUsers moodle = new FakeCreateUsers(0, 0, 0);
        server.setDispatcher(moodle);
        MethodResult result = connector.invoke("shapes.users-create", users(USERS), connection());

        assertThat(MINIMAL_REQUESTS).isEqualTo(13);
        assertThat(result.requests()).isEqualTo(MINIMAL_REQUESTS);
        assertThat(server.getRequestCount()).isEqualTo(MINIMAL_REQUESTS);
        assertThat(moodle.fieldCounts).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1000));
        assertThat(moodle.usernames.stream().flatMap(List::stream).toList())
                .isEqualTo(IntStream.range(0, USERS).mapToObj(i -> "u" + i).toList());
    }

    @Test
    void resultsOfAllRequestsAreMergedInOrder() {
        server.setDispatcher(new FakeCreateUsers(0, 0, 0));
        MethodResult result = connector.invoke("shapes.users-create", users(USERS), connection());

        List<?> data = (List<?>) result.data();
        assertThat(data).hasSize(USERS);
        assertThat(data).extracting(u -> ((Map<?, ?>) u).get("username"))
                .isEqualTo(IntStream.range(0, USERS).mapToObj(i -> "u" + i).toList());
        assertThat(result.items()).hasSize(USERS).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemOutcome.Status.DONE));
        assertThat(result.items().get(2499).data()).isEqualTo(data.get(2499));
    }

    @Test
    void withoutIsolationAFailedRequestReportsDoneFailedAndNotAttempted() {
        FakeCreateUsers moodle = new FakeCreateUsers(2, 0, 0);
        server.setDispatcher(moodle);
        Connection noIsolation = Fixtures.connection(server,
                Fixtures.fastOptions().maxInputVars(1000).isolateFailures(false).build());
        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> connector.invoke("shapes.users-create", users(USERS), noIsolation));

        int first = moodle.usernames.get(0).size();
        int second = moodle.usernames.get(1).size();
        List<ItemOutcome> items = e.partialResult().items();
        assertThat(items).hasSize(USERS);
        assertThat(items).extracting(ItemOutcome::index).isEqualTo(IntStream.range(0, USERS).boxed().toList());
        assertThat(items.subList(0, first)).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(ItemOutcome.Status.DONE);
            assertThat(((Map<?, ?>) i.data()).get("username")).isEqualTo("u" + i.index());
        });
        assertThat(items.subList(first, first + second)).allSatisfy(i -> {
            assertThat(i.status()).isEqualTo(ItemOutcome.Status.FAILED);
            assertThat(i.error()).isInstanceOf(InvalidInputException.class);
        });
        assertThat(items.subList(first + second, USERS))
                .allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemOutcome.Status.NOT_ATTEMPTED));
        assertThat(e.done()).hasSize(first);
        assertThat(e.items()).isEqualTo(items);
        assertThat(e.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void fewerResultsThanItemsSentAreResentAndDoneOnlyWhenConfirmed() {
        FakeCreateUsers moodle = new FakeCreateUsers(0, 1, 3);
        server.setDispatcher(moodle);
        MethodResult result = connector.invoke("shapes.users-create", users(30), connection());

        assertThat(result.items()).hasSize(30).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemOutcome.Status.DONE));
        assertThat(moodle.usernames.get(1)).containsExactly("u27", "u28", "u29");
        assertThat(((List<?>) result.data())).hasSize(30);
        assertThat(result.requests()).isEqualTo(2);
    }

    @Test
    void afterACutLaterRequestsAreNoBiggerThanWhatGotThrough() {
        FakeCreateUsers moodle = new FakeCreateUsers(0, 2, 1);
        server.setDispatcher(moodle);
        MethodResult result = connector.invoke("shapes.users-create", users(USERS), connection());

        assertThat(result.items()).allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemOutcome.Status.DONE));
        int gotThrough = moodle.usernames.get(1).size() - 1;
        assertThat(moodle.usernames.subList(2, moodle.usernames.size()))
                .allSatisfy(names -> assertThat(names.size()).isLessThanOrEqualTo(gotThrough));
        assertThat(moodle.usernames.stream().flatMap(List::stream).distinct().count()).isEqualTo(USERS);
    }

    @Test
    void anItemTooBigForOneRequestIsRefusedBeforeAnythingIsSent() {
        List<Object> fields = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            fields.add(Map.of("type", "t" + i, "value", "v"));
        }
        Map<String, Object> big = Map.of("username", "big", "firstname", "F", "lastname", "L",
                "email", "b@example.com", "customfields", fields);
        Map<String, Object> small = Map.of("username", "s", "firstname", "F", "lastname", "L", "email", "s@x.org");
        Connection tight = Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(30).build());

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> connector.invoke("shapes.users-create", Map.of("users", List.of(small, big)), tight));
        assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/users/1");
        assertThat(server.getRequestCount()).isZero();
    }
}
