package io.moodleconnector.sandbox.state;

/** Holder of the small value types of the site model (kept together so each stays a one-liner). */
public final class Records {
    private Records() {
    }

    /** A course format option as {@code core_course_get_courses} lists it. */
    public record FormatOption(String name, int value) { }

    /** A manual enrolment with its role assignment. */
    public record Enrolment(long courseId, long userId, long roleId, long timeStart, long timeEnd, boolean suspended) { }

    /** A user in a group. */
    public record Member(long groupId, long userId) { }

    /** A group in a grouping. */
    public record GroupingGroup(long groupingId, long groupId) { }

    /** A course total grade of a user, as the overview report shows it. */
    public record CourseGrade(long courseId, long userId, java.math.BigDecimal rawGrade) { }

    /** A web-service token: 32 lower-case hex characters bound to a user and a service. */
    public record Token(String token, long userId, String service) {
        @Override
        public String toString() {
            return "Token[user=" + userId + ", service=" + service + "]";
        }
    }

    /** An external service holding functions, in the order Moodle lists them. */
    public record Service(String shortname, String name, java.util.List<String> functions) {
        public Service {
            functions = java.util.List.copyOf(functions);
        }
    }

    /** An activity (course module) with its group mode. */
    public record CourseModule(long id, long courseId, String modname, String name, int groupmode) { }

    /** A course category; id 1 is the lab's "Category 1". */
    public record Category(long id, String name, String idnumber, String description, long parent, long timemodified) { }

    /** A site-wide cohort (system context). */
    public record Cohort(long id, String name, String idnumber, String description, boolean visible) { }

    /** A user in a cohort. */
    public record CohortMember(long cohortId, long userId) { }

    /** A role given to a user in a context (by context level and instance id), outside enrolments. */
    public record RoleAssignment(long roleId, long userId, String contextLevel, long instanceId) { }

    /** Moodle's standard role ids. */
    public static final class Roles {
        public static final long MANAGER = 1;
        public static final long COURSECREATOR = 2;
        public static final long EDITINGTEACHER = 3;
        public static final long TEACHER = 4;
        public static final long STUDENT = 5;
        public static final long GUEST = 6;
        public static final long USER = 7;
        public static final long FRONTPAGE = 8;

        private Roles() {
        }

        /** Roles a manager may assign in a course context (get_assignable_roles). */
        public static boolean assignableInCourse(long roleId) {
            return roleId == MANAGER || roleId == EDITINGTEACHER || roleId == TEACHER || roleId == STUDENT;
        }
    }
}
