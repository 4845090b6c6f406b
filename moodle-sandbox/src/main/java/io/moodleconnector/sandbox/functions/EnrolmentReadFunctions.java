package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.Enrolment;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * core_enrol_get_enrolled_users and core_enrol_get_users_courses, after enrol/externallib.php of Moodle 4.5: the
 * users enrolled in a course (an unknown course is a missing record), and the courses a user is enrolled in.
 */
final class EnrolmentReadFunctions {
    private EnrolmentReadFunctions() {
    }

    static Object enrolledUsers(CallContext ctx, Map<String, Object> params) {
        long courseId = Params.id(params, "courseid");
        if (!ctx.site().courses().containsKey(courseId)) {
            throw MoodleErrors.missingRecord("course", "SELECT * FROM {course} WHERE id = ?", courseId);
        }
        ctx.courseContextWrapped(courseId);
        List<Object> out = new ArrayList<>();
        for (Enrolment e : ctx.site().enrolments()) {
            if (e.courseId() == courseId) {
                ctx.site().liveUser(e.userId()).ifPresent(u -> out.add(user(u)));
            }
        }
        return out;
    }

    static Object usersCourses(CallContext ctx, Map<String, Object> params) {
        long userId = Params.id(params, "userid");
        if (ctx.site().liveUser(userId).isEmpty()) {
            throw MoodleErrors.invalidUser(userId);
        }
        List<Object> out = new ArrayList<>();
        for (Enrolment e : ctx.site().enrolments()) {
            Course c = ctx.site().courses().get(e.courseId());
            if (e.userId() == userId && c != null) {
                long count = ctx.site().enrolments().stream().filter(x -> x.courseId() == c.id()).count();
                out.add(Views.object("id", c.id(), "shortname", c.shortname(), "fullname", c.fullname(),
                        "displayname", c.fullname(), "enrolledusercount", count, "idnumber", c.idnumber(),
                        "visible", c.visible(), "summary", c.summary(), "summaryformat", 1, "format", c.format(),
                        "showgrades", true, "lang", "", "enablecompletion", false, "completionhascriteria", false,
                        "completionusertracked", false, "category", c.categoryId(), "startdate", 0, "enddate", 0,
                        "marker", 0, "lastaccess", null, "isfavourite", false, "hidden", false,
                        "overviewfiles", List.of(), "showactivitydates", false, "showcompletionconditions", false,
                        "timemodified", c.timemodified()));
            }
        }
        return out;
    }

    private static Map<String, Object> user(User u) {
        return Views.object("id", u.id(), "username", u.username(), "firstname", u.firstname(),
                "lastname", u.lastname(), "fullname", u.fullname(), "email", u.email(), "idnumber", u.idnumber(),
                "city", u.city(), "country", u.country(), "firstaccess", 0, "lastaccess", 0, "lastcourseaccess", 0);
    }
}
