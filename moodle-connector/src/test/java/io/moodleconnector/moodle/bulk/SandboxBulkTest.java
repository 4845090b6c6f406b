package io.moodleconnector.moodle.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.Fixtures;
import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Chunk budgets against the sandbox, which runs PHP's {@code max_input_vars} cut and Moodle 4.5's release: 5,000
 * variables a request once site info says 4.2 or later (asked once per connection), and a body PHP cut on a record
 * boundary resent until every record is confirmed.
 */
class SandboxBulkTest {
    private final MoodleConnector connector = new MoodleConnector();

    @AfterEach
    void close() {
        connector.close();
    }

    private static Connection connection(MoodleSandbox moodle, boolean explicitVars) {
        // Generous timeouts: creating 1,000 users in the sandbox takes seconds on a loaded machine.
        var options = Fixtures.fastOptions().readTimeout(java.time.Duration.ofSeconds(60))
                .callTimeout(java.time.Duration.ofSeconds(120));
        if (explicitVars) {
            options.maxInputVars(5000);
        }
        return Connection.of(moodle.url(), Secret.of(moodle.token()), options.build());
    }

    @Test
    void on45TwoAndAHalfThousandUsersOfFiveFieldsTakeThreeRequestsAfterOneSiteInfo() {
        try (MoodleSandbox moodle = MoodleSandbox.builder().port(0).build().start()) {
            Connection c = connection(moodle, false);
            MethodResult first = connector.invoke("users.create-batch", Users.batch(2500), c);
            long afterFirst = moodle.requestCount();
            MethodResult again = connector.invoke("users.create-batch", renamed(2500), c);

            assertThat(first.requests()).isEqualTo(4); // site info, then 999 + 999 + 502 users
            assertThat(afterFirst).isEqualTo(4);
            assertThat(again.requests()).isEqualTo(3); // the release is remembered for the connection
            assertThat(moodle.requestCount() - afterFirst).isEqualTo(3);
        }
    }

    @Test
    void aBodyCutByPhpOnARecordBoundaryIsResentUntilEveryRecordIsConfirmed() {
        // 1002 max_input_vars keeps 1003 variables of a POST body: the 3 protocol fields and exactly 200 users.
        try (MoodleSandbox moodle = MoodleSandbox.builder().port(0).maxInputVars(1002).build().start()) {
            MethodResult result = connector.invoke("users.create-batch", Users.batch(600), connection(moodle, true));

            assertThat(result.items()).hasSize(600)
                    .allSatisfy(i -> assertThat(i.status()).isEqualTo(ItemOutcome.Status.DONE));
            assertThat(moodle.<Long>inspect(s -> s.users().values().stream()
                    .filter(u -> u.username().startsWith("u")).count())).isEqualTo(600L);
            assertThat(result.requests()).isEqualTo(3); // 600 sent, 200 confirmed; then 200 + 200
        }
    }

    private static java.util.Map<String, Object> renamed(int n) {
        java.util.List<Object> users = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            users.add(java.util.Map.of("username", "v" + i, "password", "Pass#word" + i, "firstname", "F",
                    "lastname", "L", "email", "v" + i + "@example.com"));
        }
        return java.util.Map.of("users", users);
    }
}
