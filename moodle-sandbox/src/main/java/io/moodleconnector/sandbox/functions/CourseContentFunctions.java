package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.CourseGrade;
import io.moodleconnector.sandbox.state.Records.CourseModule;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * core_course_get_contents and core_completion_get_course_completion_status, after course/externallib.php and
 * completion/classes/external.php of Moodle 4.5, on the site's courses and activities. The sandbox's courses have
 * course completion on with one criterion, the course grade at 50%, so a user's status follows the grades table
 * (the lab's labstudent1 has 87.5 in LAB101: complete).
 */
final class CourseContentFunctions {
    private static final BigDecimal PASS = new BigDecimal("50");

    private CourseContentFunctions() {
    }

    /** get_contents: section 0 (the announcements forum) and the numbered sections, each with its activities. */
    static Object contents(CallContext ctx, Map<String, Object> params) {
        Course course = ctx.courseContext(Params.id(params, "courseid"));
        List<Object> sections = new ArrayList<>();
        for (int n = 0; n <= course.numsections(); n++) {
            int section = n;
            List<Object> modules = ctx.site().modules().values().stream()
                    .filter(m -> m.courseId() == course.id() && sectionOf(m) == section)
                    .map(m -> (Object) module(ctx, m)).toList();
            sections.add(Views.object("id", course.id() * 100 + n, "name", n == 0 ? "General" : "Topic " + n,
                    "visible", 1, "summary", "", "summaryformat", 1, "section", n, "hiddenbynumsections", 0,
                    "uservisible", true, "modules", modules));
        }
        return sections;
    }

    private static int sectionOf(CourseModule m) {
        return m.name().equals("Announcements") ? 0 : 1;
    }

    private static Map<String, Object> module(CallContext ctx, CourseModule m) {
        return Views.object("id", m.id(), "url", ctx.siteUrl() + "/mod/" + m.modname() + "/view.php?id=" + m.id(),
                "name", m.name(), "instance", m.id(), "visible", 1, "uservisible", true, "visibleoncoursepage", 1,
                "modicon", ctx.siteUrl() + "/theme/image.php/boost/" + m.modname() + "/"
                        + UserFunctions.THEME_REV + "/monologo", "modname", m.modname(), "purpose", "collaboration",
                "branded", false, "modplural", "Forums", "indent", 0, "noviewlink", false, "completion", 0,
                "downloadcontent", 1, "dates", List.of(), "groupmode", m.groupmode());
    }

    /** get_course_completion_status: the user must be enrolled (usernotenroled otherwise, as Moodle says). */
    static Object completionStatus(CallContext ctx, Map<String, Object> params) {
        Course course = ctx.courseContext(Params.id(params, "courseid"));
        long userId = Params.id(params, "userid");
        ctx.site().liveUser(userId).orElseThrow(() -> MoodleErrors.invalidUser(userId));
        if (!ctx.site().isEnrolled(course.id(), userId)) {
            throw MoodleErrors.moodle("usernotenroled", "User is not enrolled in this course");
        }
        Optional<BigDecimal> grade = ctx.site().grades().stream()
                .filter(g -> g.courseId() == course.id() && g.userId() == userId).map(CourseGrade::rawGrade)
                .findFirst();
        boolean complete = grade.isPresent() && grade.get().compareTo(PASS) >= 0;
        Map<String, Object> criterion = Views.object("type", 6, "title", "Course grade", "status",
                complete ? "Yes" : "No", "complete", complete, "timecompleted", complete ? ctx.now() : 0,
                "details", Views.object("type", "Course grade", "criteria", "Course grade", "requirement",
                        "50.00% required", "status", grade.map(g -> g.setScale(2) + "%").orElse("")));
        return Views.object("completionstatus", Views.object("completed", complete, "aggregation", 1,
                "completions", List.of(criterion)), "warnings", List.of());
    }
}
