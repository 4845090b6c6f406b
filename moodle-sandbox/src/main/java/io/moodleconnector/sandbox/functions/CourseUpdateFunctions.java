package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * core_course_update_courses, after course/externallib.php of Moodle 4.5: each course is updated on its own; one
 * that cannot be (unknown id, short name or id number taken, unknown category) is a warning whose warningcode is
 * the exception's errorcode, and the others are still updated.
 */
final class CourseUpdateFunctions {
    private CourseUpdateFunctions() {
    }

    static Object update(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> warnings = new ArrayList<>();
        for (Map<String, Object> c : Params.objects(params, "courses")) {
            long id = Params.id(c, "id");
            Course old = site.courses().get(id);
            String shortname = old == null ? "" : Params.text(c, "shortname", old.shortname());
            String idnumber = old == null ? "" : Params.text(c, "idnumber", old.idnumber());
            Object category = c.get("categoryid");
            String problem = old == null || id == 1 ? "invalidrecord:Can't find data record in database table course."
                    : !shortname.equals(old.shortname()) && site.courses().values().stream()
                            .anyMatch(x -> x.shortname().equals(shortname))
                    ? "shortnametaken:Short name is already used for another course (" + shortname + ")"
                    : !idnumber.isEmpty() && !idnumber.equals(old.idnumber()) && site.courses().values().stream()
                            .anyMatch(x -> x.idnumber().equals(idnumber))
                    ? "courseidnumbertaken:ID number is already used for another course (" + idnumber + ")"
                    : category != null && !site.categories().containsKey((Long) category)
                    ? "invalidrecord:Can't find data record in database table course_categories." : null;
            if (problem != null) {
                int colon = problem.indexOf(':');
                warnings.add(Views.warning("course", id, problem.substring(0, colon), problem.substring(colon + 1)));
                continue;
            }
            Object visible = c.get("visible");
            site.courses().put(id, new Course(id, shortname, Params.text(c, "fullname", old.fullname()), idnumber,
                    Params.text(c, "summary", old.summary()), Params.text(c, "format", old.format()),
                    category == null ? old.categoryId() : (Long) category, old.sortorder(), old.newsitems(), old.numsections(), old.hiddensections(),
                    visible == null ? old.visible() : ((Long) visible).intValue(), old.groupmode(),
                    old.groupmodeforce(), old.timecreated(), ctx.now(), old.formatOptions()));
        }
        return Views.object("warnings", warnings);
    }
}
