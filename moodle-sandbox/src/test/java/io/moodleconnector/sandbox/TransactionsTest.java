package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/** Creates in one call are all-or-nothing, like Moodle's delegated transactions; reads see only committed state. */
@ExtendWith(MoodleSandboxExtension.class)
class TransactionsTest {
    private static JsonNode call(MoodleSandbox sandbox, String function, String params) {
        return Exchanges.JSON.readTree(Exchanges.post(sandbox, "wstoken=" + sandbox.token() + "&wsfunction="
                + function + "&moodlewsrestformat=json" + params));
    }

    @Test
    void aFailingGroupRollsBackTheGroupsBeforeIt(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "core_group_create_groups", "&groups[0][courseid]=2&groups[0][name]=New+One"
                + "&groups[0][description]=&groups[1][courseid]=2&groups[1][name]=Seed+Group+A&groups[1][description]=");
        assertThat(reply.path("errorcode").asString()).isEqualTo("invalidparameter");
        int groups = sandbox.inspect(s -> s.groups().size());
        assertThat(groups).isEqualTo(1);
    }

    @Test
    void aFailingUserRollsBackTheUsersBeforeIt(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "core_user_create_users", "&users[0][username]=good1&users[0][password]="
                + "Good%23Pass1&users[0][firstname]=A&users[0][lastname]=B&users[0][email]=good1%40example.com"
                + "&users[1][username]=bad1&users[1][password]=abc&users[1][firstname]=A&users[1][lastname]=B"
                + "&users[1][email]=bad1%40example.com");
        assertThat(reply.path("errorcode").asString()).startsWith("<div>Passwords must");
        boolean created = sandbox.inspect(s -> s.userByUsername("good1").isPresent());
        assertThat(created).isFalse();
    }

    @Test
    void aGroupingWithoutIdnumberIsCommittedThoughTheReplyIsInvalidresponse(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "core_group_create_groupings",
                "&groupings[0][courseid]=2&groupings[0][name]=Quirk&groupings[0][description]=");
        assertThat(reply.path("errorcode").asString()).isEqualTo("invalidresponse");
        assertThat(call(sandbox, "core_group_get_course_groupings", "&courseid=2").findValuesAsString("name"))
                .contains("Quirk");
    }

    @Test
    void groupMembersMustBeEnrolledFirst(MoodleSandbox sandbox) {
        JsonNode before = call(sandbox, "core_group_add_group_members", "&members[0][groupid]=1&members[0][userid]=4");
        assertThat(before.path("errorcode").asString()).isEqualTo("invalidparameter");
        call(sandbox, "enrol_manual_enrol_users", "&enrolments[0][roleid]=5&enrolments[0][userid]=4"
                + "&enrolments[0][courseid]=2");
        JsonNode after = call(sandbox, "core_group_add_group_members", "&members[0][groupid]=1&members[0][userid]=4");
        assertThat(after.isNull()).isTrue();
    }
}
