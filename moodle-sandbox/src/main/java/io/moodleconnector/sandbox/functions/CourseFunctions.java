package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.FormatOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** core_course_get_courses. */
final class CourseFunctions {
    private CourseFunctions() {
    }

    @SuppressWarnings("unchecked")
    static Object getCourses(CallContext ctx, Map<String, Object> params) {
        Map<String, Object> options = (Map<String, Object>) params.get("options");
        List<Long> ids = (List<Long>) options.get("ids");
        List<Course> courses = new ArrayList<>();
        if (ids == null || ids.isEmpty()) {
            courses.addAll(ctx.site().courses().values());
        } else {
            // get_records_list keys by id: duplicates collapse, missing ids are skipped.
            for (long id : new LinkedHashSet<>(ids)) {
                Course c = ctx.site().courses().get(id);
                if (c != null) {
                    courses.add(c);
                }
            }
        }
        List<Object> out = new ArrayList<>();
        for (Course c : courses) {
            if (c.id() != 1) {
                ctx.courseContextWrapped(c.id());
            }
            out.add(view(c));
        }
        return out;
    }

    private static Map<String, Object> view(Course c) {
        Map<String, Object> m = Views.object("id", c.id(), "shortname", c.shortname(), "categoryid", c.categoryId(),
                "categorysortorder", c.sortorder(), "fullname", c.fullname(), "displayname", c.fullname(),
                "idnumber", c.idnumber(), "summary", c.summary(), "summaryformat", 1, "format", c.format(),
                "showgrades", 1, "newsitems", c.newsitems(), "startdate", 0, "enddate", 0,
                "numsections", c.numsections(), "maxbytes", 0, "showreports", 0, "visible", c.visible());
        if (c.hiddensections() != null) {
            m.put("hiddensections", c.hiddensections());
        }
        m.putAll(Views.object("groupmode", c.groupmode(), "groupmodeforce", c.groupmodeforce(),
                "defaultgroupingid", 0, "timecreated", c.timecreated(), "timemodified", c.timemodified(),
                "enablecompletion", 0, "completionnotify", 0, "lang", "", "forcetheme", "",
                "courseformatoptions", c.formatOptions().stream()
                        .map((FormatOption o) -> (Object) Views.object("name", o.name(), "value", o.value())).toList(),
                "showactivitydates", false, "showcompletionconditions", null));
        return m;
    }
}
