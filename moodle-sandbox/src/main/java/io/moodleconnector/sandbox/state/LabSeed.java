package io.moodleconnector.sandbox.state;

import io.moodleconnector.sandbox.state.Records.CourseGrade;
import io.moodleconnector.sandbox.state.Records.CourseModule;
import io.moodleconnector.sandbox.state.Records.Enrolment;
import io.moodleconnector.sandbox.state.Records.FormatOption;
import io.moodleconnector.sandbox.state.Records.GroupingGroup;
import io.moodleconnector.sandbox.state.Records.Member;
import io.moodleconnector.sandbox.state.Records.Roles;
import io.moodleconnector.sandbox.state.Records.Service;
import io.moodleconnector.sandbox.state.Records.Token;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The site the reference samples were recorded on (reference/moodle/4.5): the site course, LAB101 (id 2) and LAB102
 * (id 3), the web-service users {@code cyclr_ws} (manager archetype), {@code nocap_ws} (no {@code webservice/rest:use})
 * and {@code restonly_ws} (only that), three students, the admin as editing teacher, Seed Group A / Seed Grouping,
 * a forum in separate-groups mode (cmid 3), a grade of 87.5 for labstudent1 in LAB101, and the table sequences
 * where the lab's were (next user 58, group 25, grouping 29) so the samples' ids line up.
 */
public final class LabSeed {
    /** The lab clock: when the lab site was set up. */
    public static final long SETUP_TIME = 1795618115L;
    /** The functions of the lab's "Cyclr" service, in the order Moodle lists them. */
    public static final List<String> SERVICE_FUNCTIONS = List.of("core_group_add_group_members",
            "core_group_assign_grouping", "core_group_create_groupings", "core_group_create_groups",
            "core_group_delete_group_members", "core_group_delete_groupings", "core_group_delete_groups",
            "core_group_get_activity_allowed_groups", "core_group_get_activity_groupmode",
            "core_group_get_course_groupings", "core_group_get_course_groups", "core_group_get_course_user_groups",
            "core_group_get_group_members", "core_group_get_groupings", "core_group_get_groups",
            "core_group_unassign_grouping", "core_group_update_groupings", "core_group_update_groups",
            "enrol_manual_enrol_users", "enrol_manual_unenrol_users", "core_course_get_courses",
            "core_user_create_users", "core_user_get_users", "gradereport_overview_get_course_grades",
            "core_auth_request_password_reset", "core_webservice_get_site_info");
    /**
     * The functions of the shipped methods beyond the seed set (catalogue methods/platform.yaml), which the sandbox's
     * service also holds by default so that every shipped method runs against it; the lab site's service had only
     * {@link #SERVICE_FUNCTIONS}.
     */
    public static final List<String> PLATFORM_FUNCTIONS = List.of("core_course_create_courses",
            "core_course_delete_courses", "core_course_get_courses_by_field", "core_course_get_categories",
            "core_enrol_get_enrolled_users", "core_enrol_get_users_courses", "core_course_update_courses",
            "core_user_update_users", "core_user_delete_users", "core_user_get_users_by_field",
            "core_course_create_categories", "core_cohort_create_cohorts", "core_cohort_add_cohort_members",
            "core_cohort_search_cohorts", "core_role_assign_roles", "core_role_unassign_roles",
            "core_course_get_contents", "core_completion_get_course_completion_status");
    /** What the sandbox's service holds by default: {@link #SERVICE_FUNCTIONS}, then {@link #PLATFORM_FUNCTIONS}. */
    public static final List<String> DEFAULT_FUNCTIONS = java.util.stream.Stream.concat(SERVICE_FUNCTIONS.stream(),
            PLATFORM_FUNCTIONS.stream()).toList();
    private static final String DESC = "Pre-created by the lab setup";

    private LabSeed() {
    }

    /**
     * Fills an empty site.
     *
     * @param functions the functions the service holds
     * @param random    where token values come from
     * @return the tokens by username: {@code cyclr_ws}, {@code nocap_ws}, {@code restonly_ws}
     */
    public static Map<String, String> populate(Site site, Set<String> functions, SecureRandom random,
                                               String release) {
        site.settings().put("release", release);
        site.settings().put("privateaccesskey", hex(random, 16));
        site.courses().put(1L, new Course(1, "moodlelab", "Moodle Lab", "", "Lab for connector tests", "site", 0, 1,
                3, 1, null, 1, 0, 0, 1795617844L, 1795617869L, List.of(new FormatOption("numsections", 1))));
        site.courses().put(2L, labCourse(2, "101", 10002));
        site.courses().put(3L, labCourse(3, "102", 10001));
        site.startSequence("course", 4);
        site.categories().put(1L, new Records.Category(1, "Category 1", "", "", 0, SETUP_TIME));
        site.startSequence("course_categories", 2);

        user(site, 1, "guest", "Guest user", " ", "root@localhost", User.Access.NO_REST);
        user(site, 2, "admin", "Admin", "User", "admin@example.com", User.Access.MANAGER);
        user(site, 3, "cyclr_ws", "Cyclr", "Web Service", "cyclr_ws@example.com", User.Access.MANAGER);
        user(site, 4, "nocap_ws", "NoCap", "Web Service", "nocap_ws@example.com", User.Access.NO_REST);
        user(site, 5, "minimal_ws", "Minimal", "Web Service", "minimal_ws@example.com", User.Access.MANAGER);
        for (int i = 1; i <= 3; i++) {
            user(site, 5 + i, "labstudent" + i, "Student" + i, "Lab", "labstudent" + i + "@example.com",
                    User.Access.NO_REST);
        }
        // User 9 was deleted in the lab; Moodle keeps the row, flagged, so ids are never reused.
        site.users().put(9L, new User(9, "deleted9", "Deleted", "User", "", "", "", "", "manual", "en", true,
                User.Access.NO_REST, SETUP_TIME));
        user(site, 10, "restonly_ws", "RestOnly", "Web Service", "restonly_ws@example.com", User.Access.REST_ONLY);
        site.startSequence("user", 58);

        for (long u = 6; u <= 8; u++) {
            site.enrolments().add(new Enrolment(2, u, Roles.STUDENT, 0, 0, false));
        }
        site.enrolments().add(new Enrolment(3, 6, Roles.STUDENT, 0, 0, false));
        site.enrolments().add(new Enrolment(2, 2, Roles.EDITINGTEACHER, 0, 0, false));
        site.enrolments().add(new Enrolment(3, 2, Roles.EDITINGTEACHER, 0, 0, false));

        site.groups().put(1L, new Group(1, 2, "Seed Group A", DESC, 1, null, "SEEDA", 0, true, SETUP_TIME,
                SETUP_TIME));
        site.members().add(new Member(1, 6));
        site.members().add(new Member(1, 7));
        site.startSequence("groups", 25);
        site.groupings().put(1L, new Grouping(1, 2, "Seed Grouping", DESC, 1, "SEEDG", SETUP_TIME, SETUP_TIME));
        site.groupingGroups().add(new GroupingGroup(1, 1));
        site.startSequence("groupings", 29);

        site.modules().put(1L, new CourseModule(1, 2, "forum", "Announcements", 0));
        site.modules().put(2L, new CourseModule(2, 3, "forum", "Announcements", 0));
        site.modules().put(3L, new CourseModule(3, 2, "forum", "Group discussion", 1));
        site.grades().add(new CourseGrade(2, 6, new BigDecimal("87.5")));

        site.services().put("cyclr", new Service("cyclr", "Cyclr",
                java.util.stream.Stream.concat(SERVICE_FUNCTIONS.stream().filter(functions::contains),
                        functions.stream().filter(f -> !SERVICE_FUNCTIONS.contains(f))).toList()));
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        for (String[] t : new String[][] {{"cyclr_ws", "3"}, {"nocap_ws", "4"}, {"restonly_ws", "10"}}) {
            String value = hex(random, 16);
            site.tokens().put(value, new Token(value, Long.parseLong(t[1]), "cyclr"));
            tokens.put(t[0], value);
        }
        return tokens;
    }

    private static Course labCourse(long id, String number, long sortorder) {
        return new Course(id, "LAB" + number, "Lab Course " + number, "LAB" + number,
                "Lab Course " + number + " (connector lab)", "topics", 1, sortorder, 1, 3, 1, 1, 0, 0, SETUP_TIME,
                SETUP_TIME, List.of(new FormatOption("hiddensections", 1), new FormatOption("coursedisplay", 0)));
    }

    private static void user(Site site, long id, String username, String first, String last, String email,
                             User.Access access) {
        site.users().put(id, new User(id, username, first, last, email, "", "", "", "manual", "en", false, access,
                SETUP_TIME));
    }

    /** Moodle's tokens and keys: random bytes as lower-case hex (16 bytes = 32 characters). */
    static String hex(SecureRandom random, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
