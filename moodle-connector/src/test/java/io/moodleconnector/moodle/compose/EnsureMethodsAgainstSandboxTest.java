package io.moodleconnector.moodle.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PartialFailureException;
import io.moodleconnector.spi.Secret;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The shipped ensure methods, end to end against the sandbox: the first run creates, a re-run finds the same record
 * ({@code created: false}) and sends no write.
 */
class EnsureMethodsAgainstSandboxTest {
    private final MoodleSandbox sandbox = MoodleSandbox.builder().port(0).build().start();
    private final Connection connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()));
    private final MoodleConnector connector = new MoodleConnector();

    @AfterEach
    void close() {
        connector.close();
        sandbox.close();
    }

    private MethodResult invoke(String method, Map<String, Object> input) {
        return connector.invoke(method, input, connection);
    }

    private static Map<String, Object> user(String username, String email) {
        return Map.of("username", username, "password", "Chang3-me!", "firstname", "Jane", "lastname", "Doe",
                "email", email);
    }

    private static Object created(MethodResult r) {
        return ((Map<?, ?>) r.data()).get("created");
    }

    private static long recordId(Object ensured) {
        return ((Number) ((Map<?, ?>) ((Map<?, ?>) ensured).get("record")).get("id")).longValue();
    }

    private static Object createdOf(ItemOutcome i) {
        return ((Map<?, ?>) i.data()).get("created");
    }

    private long writes() {
        return sandbox.requests().stream().filter(r -> r.function().contains("create")
                || r.function().contains("add_group")).count();
    }

    @Test
    void usersEnsureCreatesOnceAndARerunFindsTheSameUser() {
        MethodResult first = invoke("users.ensure", user("ens1", "ens1@example.org"));
        MethodResult again = invoke("users.ensure", user("ens1", "ens1@example.org"));

        assertThat(created(first)).isEqualTo(true);
        assertThat(created(again)).isEqualTo(false);
        assertThat(recordId(again.data())).isEqualTo(recordId(first.data()));
        assertThat(again.requests()).as("one read by username, no write").isEqualTo(1);
        assertThat(writes()).isEqualTo(1);
    }

    @Test
    void usersEnsureFindsAnExistingUserByIdNumberWhenTheUsernameDiffers() {
        Map<String, Object> original = new java.util.HashMap<>(user("ens2", "ens2@example.org"));
        original.put("idnumber", "EXT-2");
        long id = recordId(invoke("users.ensure", original).data());
        Map<String, Object> renamed = new java.util.HashMap<>(user("ens2-renamed", "other@example.org"));
        renamed.put("idnumber", "EXT-2");

        MethodResult r = invoke("users.ensure", renamed);

        assertThat(created(r)).isEqualTo(false);
        assertThat(recordId(r.data())).isEqualTo(id);
    }

    @Test
    void usersEnsureFindsAnExistingUserByEmailWhateverItsCase() {
        long id = recordId(invoke("users.ensure", user("ens3", "ens3@example.org")).data());

        MethodResult r = invoke("users.ensure", user("ens3-other", "ENS3@Example.ORG"));

        assertThat(created(r)).isEqualTo(false);
        assertThat(recordId(r.data())).isEqualTo(id);
    }

    @Test
    void usersEnsureRefusesBadInputBeforeSendingAnything() {
        long before = sandbox.requestCount();
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> invoke("users.ensure", Map.of("username", "ens4", "password", "Chang3-me!")));
        assertThat(e.violations()).extracting(v -> v.pointer()).containsExactly("/firstname", "/lastname", "/email");
        assertThat(sandbox.requestCount()).isEqualTo(before);
    }

    @Test
    void groupsEnsureFindsByIdNumberElseByNameAndCreatesOtherwise() {
        MethodResult first = invoke("groups.ensure", Map.of("courseid", 2L, "name", "Ensured A", "idnumber", "ENS-A"));
        MethodResult byIdnumber = invoke("groups.ensure", Map.of("courseid", 2L, "name", "Renamed", "idnumber",
                "ENS-A"));
        MethodResult byName = invoke("groups.ensure", Map.of("courseid", 2L, "name", "Ensured A"));
        MethodResult otherCourse = invoke("groups.ensure", Map.of("courseid", 3L, "name", "Ensured A"));

        assertThat(created(first)).isEqualTo(true);
        assertThat(created(byIdnumber)).isEqualTo(false);
        assertThat(recordId(byIdnumber.data())).isEqualTo(recordId(first.data()));
        assertThat(created(byName)).isEqualTo(false);
        assertThat(recordId(byName.data())).isEqualTo(recordId(first.data()));
        assertThat(created(otherCourse)).as("a group of the same name in another course").isEqualTo(true);
    }

    @Test
    void groupingsEnsureCreatesOnceAndARerunFindsIt() {
        MethodResult first = invoke("groupings.ensure", Map.of("courseid", 2L, "name", "Ensured grouping"));
        MethodResult again = invoke("groupings.ensure", Map.of("courseid", 2L, "name", "Ensured grouping"));

        assertThat(created(first)).isEqualTo(true);
        assertThat(created(again)).isEqualTo(false);
        assertThat(recordId(again.data())).isEqualTo(recordId(first.data()));
    }

    @Test
    void groupsEnsureMembersAddsOnlyTheMissingOnesAndReportsWhoWasAlreadyThere() {
        long group = recordId(invoke("groups.ensure", Map.of("courseid", 2L, "name", "Members")).data());
        invoke("groups.add-member", Map.of("groupid", group, "userid", 6L));
        List<Map<String, Object>> members = List.of(Map.of("groupid", group, "userid", 6L),
                Map.of("groupid", group, "userid", 7L));

        MethodResult r = invoke("groups.ensure-members", Map.of("members", members));
        MethodResult again = invoke("groups.ensure-members", Map.of("members", members));

        assertThat(r.items()).extracting(EnsureMethodsAgainstSandboxTest::createdOf).containsExactly(false, true);
        assertThat(again.items()).extracting(EnsureMethodsAgainstSandboxTest::createdOf).containsExactly(false, false);
        assertThat(invoke("groups.list-members", Map.of("groupid", group)).data())
                .isEqualTo(Map.of("groupid", group, "userids", List.of(6L, 7L)));
    }

    @Test
    void usersEnsureBatchCreatesTheMissingInOneWriteAndARerunCreatesNothing() {
        invoke("users.ensure", user("batch0", "batch0@example.org"));
        Map<String, Object> input = Map.of("users", List.of(user("batch0", "batch0@example.org"),
                user("batch1", "batch1@example.org"), user("batch2", "batch2@example.org")));
        long writesBefore = writes();

        MethodResult first = invoke("users.ensure-batch", input);
        MethodResult again = invoke("users.ensure-batch", input);

        assertThat(first.items()).extracting(EnsureMethodsAgainstSandboxTest::createdOf)
                .containsExactly(false, true, true);
        assertThat(writes() - writesBefore).as("one create request for both missing users").isEqualTo(1);
        assertThat(first.requests()).as("1 read for batch0; 2 reads (username, email) each for the others; 1 write")
                .isEqualTo(6);
        assertThat(again.items()).extracting(EnsureMethodsAgainstSandboxTest::createdOf)
                .containsExactly(false, false, false);
        assertThat(again.items()).extracting(i -> recordId(i.data()))
                .containsExactlyElementsOf(first.items().stream().map(i -> recordId(i.data())).toList());
    }

    @Test
    void usersEnsureBatchWhoseCreateFailsReportsEveryUserAndWhatWasAlreadyThere() {
        invoke("users.ensure", user("present", "present@example.org"));
        // Two new users with the same username: Moodle refuses the request that creates both (nothing is written).
        Map<String, Object> input = Map.of("users", List.of(user("present", "present@example.org"),
                user("twin", "twin1@example.org"), user("twin", "twin2@example.org")));

        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> invoke("users.ensure-batch", input));

        List<ItemOutcome> items = e.partialResult().items();
        assertThat(items).extracting(ItemOutcome::index).containsExactly(0, 1, 2);
        assertThat(items.get(0).status()).isEqualTo(ItemOutcome.Status.DONE);
        assertThat(((Map<?, ?>) items.get(0).data()).get("created")).isEqualTo(false);
        // The create request isolates the bad record (bulk writes): the first twin is created, the second refused.
        assertThat(items.get(1).status()).isEqualTo(ItemOutcome.Status.DONE);
        assertThat(((Map<?, ?>) items.get(1).data()).get("created")).isEqualTo(true);
        assertThat(items.get(2).status()).isEqualTo(ItemOutcome.Status.FAILED);
        assertThat(e.getMessage()).contains("1 created by this call, 1 already there");
    }

    @Test
    void enrolmentsEnsureEnrolsOnceAndARerunFindsTheEnrolment() {
        long userid = recordId(invoke("users.ensure", user("enr1", "enr1@example.org")).data());
        Map<String, Object> input = Map.of("userid", userid, "courseid", 3L);

        MethodResult first = invoke("enrolments.ensure", input);
        MethodResult again = invoke("enrolments.ensure", input);

        assertThat(created(first)).isEqualTo(true);
        assertThat(created(again)).isEqualTo(false);
        assertThat(((Map<?, ?>) ((Map<?, ?>) again.data()).get("record")).get("courseid")).isEqualTo(3L);
        assertThat(sandbox.requests().stream().filter(r -> r.function().equals("enrol_manual_enrol_users")).count())
                .isEqualTo(1);
    }

    @Test
    void enrolmentsEnsureFindsASeedStudentWithoutEnrollingAgain() {
        MethodResult r = invoke("enrolments.ensure", Map.of("userid", 7L, "courseid", 2L));

        assertThat(created(r)).isEqualTo(false);
        assertThat(r.requests()).isEqualTo(1);
    }

    @Test
    void usersEnsureBatchThatCreatedSomeThenFailedSaysWhichWereCreated() {
        invoke("users.ensure", user("kept", "kept@example.org"));
        // One user per create request (8 form variables each), so the weak password fails only the last request.
        Connection onePerRequest = Connection.of(sandbox.url(), Secret.of(sandbox.token()),
                io.moodleconnector.spi.ConnectionOptions.builder().maxInputVars(12).build());
        Map<String, Object> weak = new java.util.HashMap<>(user("weak", "weak@example.org"));
        weak.put("password", "weak");
        Map<String, Object> input = Map.of("users", List.of(user("kept", "kept@example.org"),
                user("fresh", "fresh@example.org"), weak));

        PartialFailureException e = catchThrowableOfType(PartialFailureException.class,
                () -> connector.invoke("users.ensure-batch", input, onePerRequest));

        List<ItemOutcome> items = e.partialResult().items();
        assertThat(items).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.DONE,
                ItemOutcome.Status.DONE, ItemOutcome.Status.FAILED);
        assertThat(items.subList(0, 2)).extracting(EnsureMethodsAgainstSandboxTest::createdOf)
                .containsExactly(false, true);
        assertThat(items.get(2).error().getMessage()).isNotBlank();
        assertThat(e.getMessage()).contains("2 of 3").contains("1 created by this call, 1 already there");
        assertThat(invoke("users.get-by-username", Map.of("username", "fresh")).data()).isNotNull();
    }
}
