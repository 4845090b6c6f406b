package io.moodleconnector.host.demo;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.RemoteException;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The demo's scenario, as data: a lab course gets two new students, two project groups in a grouping, and the usual
 * reads; then one input the connector refuses before sending anything, and two errors Moodle itself answers. Every
 * step goes through {@code Connector.invoke} or {@code Connector.check}. It fits the sandbox's lab seed (course 2
 * LAB101, student 6 with a grade of 87.5).
 */
public final class DemoScenario {
    static final long COURSE = 2;
    static final long STUDENT_ROLE = 5;
    static final long GRADED_STUDENT = 6;
    static final String PASSWORD = "Demo-pass-2026!";

    private DemoScenario() {
    }

    /** The steps, in order. */
    public static List<Step> steps() {
        return List.of(
                new CheckStep("Check the connection"),
                call("List courses", "courses.list", s -> Map.of(),
                        Expect.hasItem("shortname", "LAB101").and(Expect.hasItem("shortname", "LAB102"))),
                new CallStep("Create two users", "users.create-batch", s -> Map.of("users", List.of(
                        user("ada.lovelace", "Ada", "Lovelace"), user("grace.hopper", "Grace", "Hopper"))),
                        Expect.size(2).and(Expect.hasItem("username", "ada.lovelace")),
                        rememberIds("ada", "grace")),
                call("Enrol them in LAB101 as students", "enrolments.enrol-batch", s -> Map.of("enrolments", List.of(
                        Map.of("roleid", STUDENT_ROLE, "userid", s.id("ada"), "courseid", COURSE),
                        Map.of("roleid", STUDENT_ROLE, "userid", s.id("grace"), "courseid", COURSE))),
                        Expect.success()),
                new CallStep("Create two groups", "groups.create-batch", s -> Map.of("groups", List.of(
                        group("Demo Team Red"), group("Demo Team Blue"))),
                        Expect.size(2).and(Expect.hasItem("name", "Demo Team Red")), rememberIds("red", "blue")),
                new CallStep("Create a grouping", "groupings.create", s -> Map.of("courseid", COURSE,
                        "name", "Demo Project Teams", "description", "Made by connector demo"),
                        Expect.field("name", "Demo Project Teams"),
                        (s, data) -> s.remember("teams", ((Number) Values.field(data, "id")).longValue())),
                call("Put both groups in the grouping", "groupings.assign-groups-batch", s -> Map.of("assignments",
                        List.of(Map.of("groupingid", s.id("teams"), "groupid", s.id("red")),
                                Map.of("groupingid", s.id("teams"), "groupid", s.id("blue")))),
                        Expect.success()),
                call("Add Ada to Red and Grace to Blue", "groups.add-members-batch", s -> Map.of("members", List.of(
                        Map.of("groupid", s.id("red"), "userid", s.id("ada")),
                        Map.of("groupid", s.id("blue"), "userid", s.id("grace")))),
                        Expect.success()),
                call("Read the course's groups", "groups.list-by-course", s -> Map.of("courseid", COURSE),
                        Expect.hasItem("name", "Demo Team Red").and(Expect.hasItem("name", "Demo Team Blue"))),
                call("Read the groups' members", "groups.get-members-batch",
                        s -> Map.of("groupids", List.of(s.id("red"), s.id("blue"))), Expect.size(2)),
                call("Read Ada's groups in LAB101", "groups.list-for-user",
                        s -> Map.of("courseid", COURSE, "userid", s.id("ada")),
                        Expect.hasItem("name", "Demo Team Red")),
                call("Read a student's course grades", "grades.list-course-grades",
                        s -> Map.of("userid", GRADED_STUDENT), Expect.hasItem("courseid", COURSE)),
                call("Request a password reset for Ada", "auth.request-password-reset",
                        s -> Map.of("username", "ada.lovelace"), Expect.field("status", "emailpasswordconfirmmaybesent")),
                new RefusedStep("Bad input is refused before anything is sent", "groups.create",
                        s -> Map.of("courseid", "LAB101", "name", ""), InvalidInputException.class,
                        e -> names((InvalidInputException) e, "/courseid") && names((InvalidInputException) e, "/name"),
                        "InvalidInputException naming /courseid and /name", true),
                new RefusedStep("Moodle refuses a duplicate group name", "groups.create",
                        s -> Map.of("courseid", COURSE, "name", "Demo Team Red"), InvalidInputException.class,
                        e -> String.valueOf(e.getMessage()).contains("same name"),
                        "InvalidInputException with Moodle's reason (a group with the same name exists)", false),
                new RefusedStep("Moodle refuses an unknown course", "groupings.list-by-course",
                        s -> Map.of("courseid", 999L), RemoteException.class,
                        e -> "invalidrecord".equals(((RemoteException) e).errorCode()),
                        "RemoteException with Moodle's errorcode invalidrecord", false));
    }

    private static CallStep call(String title, String method,
                                 java.util.function.Function<DemoSession, Map<String, Object>> input, Expect expect) {
        return new CallStep(title, method, input, expect, (s, data) -> { });
    }

    /** Remembers the {@code id} of each element of a list result under the given names, in order. */
    private static BiConsumer<DemoSession, Object> rememberIds(String... names) {
        return (s, data) -> {
            for (int i = 0; i < names.length; i++) {
                s.remember(names[i], Values.id(data, i, "id"));
            }
        };
    }

    private static Map<String, Object> user(String username, String first, String last) {
        return Map.of("username", username, "password", PASSWORD, "firstname", first, "lastname", last,
                "email", username + "@example.edu");
    }

    private static Map<String, Object> group(String name) {
        return Map.of("courseid", COURSE, "name", name, "description", "Made by connector demo");
    }

    private static boolean names(InvalidInputException e, String pointer) {
        return e.violations().stream().anyMatch(v -> v.pointer().equals(pointer));
    }
}
