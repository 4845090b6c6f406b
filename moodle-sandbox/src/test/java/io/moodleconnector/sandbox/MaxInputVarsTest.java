package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** PHP's max_input_vars cut, seen end to end (notes.md §max_input_vars). */
class MaxInputVarsTest {
    private static final String PROTOCOL = "wstoken=TOKEN&wsfunction=core_user_create_users&moodlewsrestformat=json";

    /** {@code count} users of 5 fields, the first with {@code firstUserFields} (5, or up to 7 with city, country). */
    private static String users(int count, int firstUserFields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            int fieldsPerUser = i == 0 ? firstUserFields : 5;
            String u = "&users[" + i + "]";
            b.append(u).append("[username]=mivx").append(i).append(u).append("[password]=Miv%23Pass1234")
                    .append(u).append("[firstname]=Miv").append(u).append("[lastname]=User").append(i)
                    .append(u).append("[email]=mivx").append(i).append("%40example.com");
            for (int extra = 5; extra < fieldsPerUser; extra++) {
                b.append(u).append(extra == 5 ? "[city]=X" : extra == 6 ? "[country]=DE" : "[idnumber]=M" + i);
            }
        }
        return b.toString();
    }

    @Test
    void truncationOnAUserBoundaryCreatesTheSurvivorsAndAnswersSuccess() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().maxInputVars(100).build().start()) {
            // PHP keeps 101 variables: 3 protocol fields + 98 user fields = the first user's 8 + 18 users x 5.
            String body = PROTOCOL.replace("TOKEN", sandbox.token()) + users(30, 8);
            JsonNode reply = Exchanges.JSON.readTree(Exchanges.post(sandbox, body));
            assertThat(reply.isArray()).as(reply.toString()).isTrue();
            assertThat(reply.size()).isEqualTo(19);
            long created = sandbox.inspect(s -> s.users().values().stream()
                    .filter(u -> u.username().startsWith("miv")).count());
            assertThat(created).isEqualTo(19L);
        }
    }

    @Test
    void truncationInsideARecordRejectsTheWholeCall() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().maxInputVars(100).debug(true).build().start()) {
            JsonNode reply = Exchanges.JSON.readTree(
                    Exchanges.post(sandbox, PROTOCOL.replace("TOKEN", sandbox.token()) + users(30, 5)));
            assertThat(reply.path("errorcode").asString()).isEqualTo("invalidparameter");
            assertThat(reply.path("debuginfo").asString())
                    .isEqualTo("users => Invalid parameter value detected: Missing required key in single structure: lastname");
            long created = sandbox.inspect(s -> s.users().values().stream()
                    .filter(u -> u.username().startsWith("miv")).count());
            assertThat(created).isZero();
        }
    }

    @Test
    void protocolFieldsBeyondTheLimitAreLostAndTheAnswerIsAnXmlInvalidToken() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().maxInputVars(100).build().start()) {
            String reply = Exchanges.post(sandbox, users(30, 5).substring(1) + "&"
                    + PROTOCOL.replace("TOKEN", sandbox.token()));
            assertThat(reply).startsWith("<?xml").contains("<ERRORCODE>invalidtoken</ERRORCODE>");
        }
    }
}
