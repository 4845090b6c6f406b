package io.moodleconnector.moodle.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Secret;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Natural-key reads promise the exact record although Moodle 4.5's core_user_get_users matches e-mail with an
 * unescaped, case-insensitive SQL LIKE (moodle/moodle user/externallib.php, core_user_external::get_users:
 * {@code $DB->sql_like($criteria['key'], ':' . $criteria['key'], false)} for email, firstname and lastname; equality
 * for id, idnumber, username and auth). The sandbox answers the same way.
 */
class ExactLookupsAgainstSandboxTest {
    private final MoodleSandbox sandbox = MoodleSandbox.builder().port(0).build().start();
    private final Connection connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()));
    private final MoodleConnector connector = new MoodleConnector();
    private long exact;

    @BeforeEach
    void twoAccountsThatMoodlesLikeConfuses() {
        exact = create("exact1234", "exact_1234@example.org");
        create("exactx1234", "exactx1234@example.org");
    }

    @AfterEach
    void close() {
        connector.close();
        sandbox.close();
    }

    private long create(String username, String email) {
        Object data = connector.invoke("users.create", Map.of("username", username, "password", "Chang3-me!",
                "firstname", "Ex", "lastname", "Act", "email", email), connection).data();
        return ((Number) ((Map<?, ?>) data).get("id")).longValue();
    }

    private Object byEmail(String email) {
        return connector.invoke("users.get-by-email", Map.of("email", email), connection).data();
    }

    @Test
    void moodlesAnswerHoldsBothAccountsForTheUnderscoreAddress() {
        Object users = connector.invoke("users.search", Map.of("criteria",
                java.util.List.of(Map.of("key", "email", "value", "exact_1234@example.org"))), connection).data();
        assertThat(users.toString()).contains("exact_1234@example.org").contains("exactx1234@example.org");
    }

    @Test
    void theExactAddressFindsItsOwnAccountAlthoughMoodleAlsoAnsweredTheOther() {
        assertThat(((Map<?, ?>) byEmail("exact_1234@example.org")).get("id")).isEqualTo(exact);
    }

    @Test
    void theAddressIsComparedWithoutRegardToCase() {
        assertThat(((Map<?, ?>) byEmail("EXACT_1234@Example.ORG")).get("id")).isEqualTo(exact);
    }

    @Test
    void anAddressOnlyMoodlesLikeMatchesFindsNobody() {
        assertThat(byEmail("exact%@example.org")).isNull();
    }
}
