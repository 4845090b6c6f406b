package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.CourseGrade;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** gradereport_overview_get_course_grades: the course totals of a user's courses, by course sort order. */
final class GradeFunctions {
    private GradeFunctions() {
    }

    static Object courseGrades(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        long userId = Params.id(params, "userid");
        User user = userId == 0 ? ctx.caller()
                : site.liveUser(userId).orElseThrow(() -> MoodleErrors.invalidUser(userId));
        if (user.id() != ctx.caller().id()) {
            ctx.requireCapability("View grades of other users");
        }
        List<Course> courses = site.enrolments().stream().filter(e -> e.userId() == user.id())
                .map(e -> site.courses().get(e.courseId())).distinct()
                .sorted(Comparator.comparingLong(Course::sortorder)).toList();
        List<Object> grades = new ArrayList<>();
        for (Course c : courses) {
            Optional<CourseGrade> g = site.grades().stream()
                    .filter(x -> x.courseId() == c.id() && x.userId() == user.id()).findFirst();
            // The report shows the total with 2 decimals (or "-"), the raw grade as the database's 5 decimals.
            grades.add(Views.object("courseid", c.id(),
                    "grade", g.map(x -> x.rawGrade().setScale(2, RoundingMode.HALF_UP).toPlainString()).orElse("-"),
                    "rawgrade", g.map(x -> x.rawGrade().setScale(5, RoundingMode.HALF_UP).toPlainString())
                            .orElse(null)));
        }
        return Views.object("grades", grades, "warnings", List.of());
    }
}
