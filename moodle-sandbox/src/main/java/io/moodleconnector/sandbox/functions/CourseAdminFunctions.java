package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.FormatOption;
import io.moodleconnector.sandbox.state.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * core_course_create_courses, core_course_delete_courses, core_course_get_courses_by_field and
 * core_course_get_categories, after course/externallib.php and course/classes/external/ of Moodle 4.5: enough for the
 * course methods beyond the seed set (catalogue methods/platform.yaml) to run end to end. The lab has one category, id 1 "Category 1".
 */
final class CourseAdminFunctions {
    private static final long CATEGORY = 1;
    private static final String CATEGORY_NAME = "Category 1";

    private CourseAdminFunctions() {
    }

    /** create_courses: shortname and idnumber unique on the site (shortnametaken / courseidnumbertaken). */
    static Object create(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> c : Params.objects(params, "courses")) {
            String shortname = Params.text(c, "shortname");
            String idnumber = Params.text(c, "idnumber", "");
            if (Params.id(c, "categoryid") != CATEGORY) {
                throw MoodleErrors.missingRecord("course_categories", "SELECT * FROM {course_categories} WHERE id = ?",
                        c.get("categoryid"));
            }
            if (site.courses().values().stream().anyMatch(x -> x.shortname().equals(shortname))) {
                throw MoodleErrors.moodle("shortnametaken", "Short name is already used for another course ("
                        + shortname + ")");
            }
            if (!idnumber.isEmpty() && site.courses().values().stream().anyMatch(x -> x.idnumber().equals(idnumber))) {
                throw MoodleErrors.moodle("courseidnumbertaken", "ID number is already used for another course ("
                        + idnumber + ")");
            }
            long id = site.nextId("course");
            Object visible = c.get("visible");
            site.courses().put(id, new Course(id, shortname, Params.text(c, "fullname"), idnumber,
                    Params.text(c, "summary", ""), Params.text(c, "format", "topics"), CATEGORY, 10000 + id,
                    ((Long) c.getOrDefault("newsitems", 5L)).intValue(), 4, null,
                    visible == null ? 1 : ((Long) visible).intValue(), 0, 0, ctx.now(), ctx.now(),
                    List.of(new FormatOption("coursedisplay", 0))));
            created.add(Views.object("id", id, "shortname", shortname));
        }
        return created;
    }

    /** delete_courses: an unknown id is a warning (unknowncourseidnumber), not an error; the site course is refused. */
    static Object delete(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> warnings = new ArrayList<>();
        for (long id : Params.ids(params, "courseids")) {
            Course course = site.courses().get(id);
            if (course == null || id == 1) {
                warnings.add(Views.warning("course", id, "unknowncourseidnumber", "Unknown course ID " + id));
                continue;
            }
            site.courses().remove(id);
            site.groups().values().removeIf(g -> g.courseId() == id);
            site.enrolments().removeIf(e -> e.courseId() == id);
        }
        return Views.object("warnings", warnings);
    }

    /** get_courses_by_field: id, ids, shortname, idnumber or category; no field = every course but the site's. */
    static Object byField(CallContext ctx, Map<String, Object> params) {
        String field = Params.text(params, "field", "");
        String value = Params.text(params, "value", "");
        List<Object> courses = new ArrayList<>();
        for (Course c : ctx.site().courses().values()) {
            boolean match = switch (field) {
                case "" -> c.id() != 1;
                case "id" -> String.valueOf(c.id()).equals(value);
                case "ids" -> List.of(value.split(",")).contains(String.valueOf(c.id()));
                case "shortname" -> c.shortname().equals(value);
                case "idnumber" -> c.idnumber().equals(value);
                case "category" -> String.valueOf(c.categoryId()).equals(value);
                default -> throw MoodleErrors.invalidParameter("Invalid field name");
            };
            if (match) {
                courses.add(view(c));
            }
        }
        return Views.object("courses", courses, "warnings", List.of());
    }

    /** get_categories: the lab's one category; criteria on id or name narrow it. */
    static Object categories(CallContext ctx, Map<String, Object> params) {
        for (Map<String, Object> c : Params.objects(params, "criteria")) {
            String key = Params.text(c, "key");
            String value = Params.text(c, "value");
            boolean match = switch (key) {
                case "id", "ids" -> List.of(value.split(",")).contains(String.valueOf(CATEGORY));
                case "name" -> CATEGORY_NAME.equals(value);
                case "parent" -> "0".equals(value);
                default -> true;
            };
            if (!match) {
                return List.of();
            }
        }
        long courses = ctx.site().courses().values().stream().filter(x -> x.categoryId() == CATEGORY).count();
        return List.of(Views.object("id", CATEGORY, "name", CATEGORY_NAME, "idnumber", "", "description", "",
                "descriptionformat", 1, "parent", 0, "sortorder", 10000, "coursecount", courses, "visible", 1,
                "visibleold", 1, "timemodified", ctx.now(), "depth", 1, "path", "/1", "theme", ""));
    }

    private static Map<String, Object> view(Course c) {
        return Views.object("id", c.id(), "fullname", c.fullname(), "displayname", c.fullname(),
                "shortname", c.shortname(), "categoryid", c.categoryId(), "categoryname",
                c.categoryId() == CATEGORY ? CATEGORY_NAME : "", "sortorder", c.sortorder(), "summary", c.summary(),
                "summaryformat", 1, "overviewfiles", List.of(), "showactivitydates", false,
                "showcompletionconditions", false, "contacts", List.of(), "enrollmentmethods", List.of("manual"),
                "idnumber", c.idnumber(), "format", c.format(), "visible", c.visible(), "startdate", 0, "enddate", 0,
                "timecreated", c.timecreated(), "timemodified", c.timemodified());
    }
}
