package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Where the sandbox answered otherwise than Moodle 4.5 in a side-by-side run (issue 10, item 11). Each test names its
 * authority: a recorded sample in reference/moodle/4.5/samples, Moodle's code (moodle/moodle), or, where both are
 * silent, the behaviour the side-by-side run recorded against the real Moodle 4.5.
 */
@ExtendWith(MoodleSandboxExtension.class)
class MoodleFidelityTest {
    private static JsonNode call(MoodleSandbox sandbox, String function, String params) {
        return Exchanges.JSON.readTree(Exchanges.post(sandbox, "wstoken=" + sandbox.token() + "&wsfunction="
                + function + "&moodlewsrestformat=json" + params));
    }

    private static JsonNode users(MoodleSandbox sandbox, String key, String value) {
        return call(sandbox, "core_user_get_users", "&criteria[0][key]=" + key + "&criteria[0][value]=" + value)
                .path("users");
    }

    /**
     * user/externallib.php core_user_external::get_users: email, lastname and firstname are matched with
     * {@code $DB->sql_like($key, :key, false)} (case-insensitive LIKE); id, idnumber, username and auth with =.
     */
    @Test
    void userSearchByEmailIsACaseInsensitiveLikeWherePercentMatchesAnything(MoodleSandbox sandbox) {
        assertThat(users(sandbox, "email", "%25").size()).isEqualTo(9); // every user not deleted (9 is)
        assertThat(users(sandbox, "email", "LABSTUDENT%25").findValuesAsString("username"))
                .containsExactly("labstudent1", "labstudent2", "labstudent3");
    }

    @Test
    void userSearchByNameTreatsUnderscoreAsOneCharacter(MoodleSandbox sandbox) {
        assertThat(users(sandbox, "firstname", "student_").findValuesAsString("username"))
                .containsExactly("labstudent1", "labstudent2", "labstudent3");
        assertThat(users(sandbox, "lastname", "l_").size()).isZero();
    }

    @Test
    void userSearchByUsernameIsEqualityNotLike(MoodleSandbox sandbox) {
        assertThat(users(sandbox, "username", "labstudent%25").size()).isZero();
        assertThat(users(sandbox, "idnumber", "%25").size()).isZero();
    }

    /** group/lib.php groups_create_group: visibility 2 (own) or 3 (none) forces participation off. */
    @Test
    void aGroupCreatedWithHiddenMembersIsNotAParticipationGroup(MoodleSandbox sandbox) {
        JsonNode created = call(sandbox, "core_group_create_groups", "&groups[0][courseid]=2&groups[0][name]=Hidden"
                + "&groups[0][description]=&groups[0][visibility]=2&groups[0][participation]=1");
        long id = created.get(0).path("id").asLong();

        assertThat(call(sandbox, "core_group_get_groups", "&groupids[0]=" + id).get(0).path("participation")
                .asBoolean()).isFalse();
    }

    /**
     * lib/grouplib.php groups_get_activity_allowed_groups lists participation groups only, so a group of
     * visibility 3 is not among an activity's allowed groups.
     */
    @Test
    void aGroupWithHiddenMembersIsNotAmongAnActivitysAllowedGroups(MoodleSandbox sandbox) {
        call(sandbox, "core_group_create_groups", "&groups[0][courseid]=2&groups[0][name]=Invisible"
                + "&groups[0][description]=&groups[0][visibility]=3");

        JsonNode allowed = call(sandbox, "core_group_get_activity_allowed_groups", "&cmid=3");

        assertThat(allowed.path("groups").findValuesAsString("name")).contains("Seed Group A")
                .doesNotContain("Invisible");
    }

    /** The side-by-side run: Moodle 4.5 refuses to change the visibility of a group that has members. */
    @Test
    void changingTheVisibilityOfAGroupWithMembersIsRefused(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "core_group_update_groups", "&groups[0][id]=1&groups[0][name]=Seed+Group+A"
                + "&groups[0][visibility]=2");

        assertThat(reply.path("errorcode").asString()).isEqualTo("invalidparameter");
        assertThat(call(sandbox, "core_group_get_groups", "&groupids[0]=1").get(0).path("visibility").asInt())
                .isZero();
    }

    @Test
    void theVisibilityOfAGroupWithoutMembersMayChangeAndTurnsParticipationOff(MoodleSandbox sandbox) {
        long id = call(sandbox, "core_group_create_groups", "&groups[0][courseid]=2&groups[0][name]=Empty"
                + "&groups[0][description]=").get(0).path("id").asLong();

        JsonNode reply = call(sandbox, "core_group_update_groups", "&groups[0][id]=" + id + "&groups[0][name]=Empty"
                + "&groups[0][visibility]=3");

        assertThat(reply.isNull()).isTrue();
        JsonNode group = call(sandbox, "core_group_get_groups", "&groupids[0]=" + id).get(0);
        assertThat(group.path("visibility").asInt()).isEqualTo(3);
        assertThat(group.path("participation").asBoolean()).isFalse();
    }

    /** group/externallib.php core_group_external::get_course_user_groups: a course the user is not enrolled in. */
    @Test
    void userGroupsOfACourseTheUserIsNotEnrolledInWarnNotenrolled(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "core_group_get_course_user_groups", "&courseid=3&userid=7");

        assertThat(reply.path("groups").size()).isZero();
        assertThat(reply.path("warnings").findValuesAsString("warningcode")).containsExactly("notenrolled");
        assertThat(reply.path("warnings").get(0).path("itemid").asLong()).isEqualTo(3);
    }

    /**
     * An unknown user is dml_missing_record_exception with errorcode invaliduser, as in the recorded
     * "non-existent user id: gradereport_overview_get_course_grades" case of samples/errors.json (the dml
     * exception names a missing row of table user so).
     */
    @Test
    void userGroupsOfAnUnknownUserAreInvaliduser(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "core_group_get_course_user_groups", "&courseid=2&userid=999999");

        assertThat(reply.path("exception").asString()).isEqualTo("dml_missing_record_exception");
        assertThat(reply.path("errorcode").asString()).isEqualTo("invaliduser");
    }

    @Test
    void enrollingAnUnknownUserIsInvaliduser(MoodleSandbox sandbox) {
        JsonNode reply = call(sandbox, "enrol_manual_enrol_users", "&enrolments[0][roleid]=5"
                + "&enrolments[0][userid]=999999&enrolments[0][courseid]=2");

        assertThat(reply.path("exception").asString()).isEqualTo("dml_missing_record_exception");
        assertThat(reply.path("errorcode").asString()).isEqualTo("invaliduser");
    }
}
