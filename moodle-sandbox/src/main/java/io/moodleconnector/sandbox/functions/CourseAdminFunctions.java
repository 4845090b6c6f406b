package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.Category;
import io.moodleconnector.sandbox.state.Records.FormatOption;
import io.moodleconnector.sandbox.state.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * core_course_create_courses, core_course_delete_courses, core_course_get_courses_by_field,
 * core_course_get_categories and core_course_create_categories, after course/externallib.php and
 * course/classes/external/ of Moodle 4.5: enough for the course methods beyond the seed set (catalogue
 * methods/platform.yaml) to run end to end. Categories live in the site: the lab has one, id 1 "Category 1".
 */
final class CourseAdminFunctions {
    private CourseAdminFunctions() {
    }

    /** create_courses: shortname and idnumber unique on the site (shortnametaken / courseidnumbertaken). */
    static Object create(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> c : Params.objects(params, "courses")) {
            String shortname = Params.text(c, "shortname");
            String idnumber = Params.text(c, "idnumber", "");
            long category = Params.id(c, "categoryid");
            if (!site.categories().containsKey(category)) {
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
                    Params.text(c, "summary", ""), Params.text(c, "format", "topics"), category, 10000 + id,
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
                courses.add(view(ctx, c));
            }
        }
        return Views.object("courses", courses, "warnings", List.of());
    }

    /** get_categories: every category matching all criteria (id, ids, name, parent, idnumber), by sort order. */
    static Object categories(CallContext ctx, Map<String, Object> params) {
        List<Object> out = new ArrayList<>();
        for (Category cat : ctx.site().categories().values()) {
            boolean match = true;
            for (Map<String, Object> c : Params.objects(params, "criteria")) {
                String value = Params.text(c, "value");
                match &= switch (Params.text(c, "key")) {
                    case "id", "ids" -> List.of(value.split(",")).contains(String.valueOf(cat.id()));
                    case "name" -> cat.name().equals(value);
                    case "parent" -> String.valueOf(cat.parent()).equals(value);
                    case "idnumber" -> cat.idnumber().equals(value);
                    default -> true;
                };
            }
            if (match) {
                long courses = ctx.site().courses().values().stream().filter(x -> x.categoryId() == cat.id()).count();
                out.add(Views.object("id", cat.id(), "name", cat.name(), "idnumber", cat.idnumber(), "description",
                        cat.description(), "descriptionformat", 1, "parent", cat.parent(), "sortorder",
                        10000 * cat.id(), "coursecount", courses, "visible", 1, "visibleold", 1, "timemodified",
                        cat.timemodified(), "depth", cat.parent() == 0 ? 1 : 2, "path", (cat.parent() == 0 ? ""
                        : "/" + cat.parent()) + "/" + cat.id(), "theme", ""));
            }
        }
        return out;
    }

    /** create_categories: the parent must exist (0 = top); an id number must be unique (categoryidnumbertaken). */
    static Object createCategories(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        ctx.requireCapability("Manage course categories");
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> c : Params.objects(params, "categories")) {
            long parent = c.get("parent") == null ? 0 : Params.id(c, "parent");
            if (parent != 0 && !site.categories().containsKey(parent)) {
                throw MoodleErrors.missingRecord("course_categories", "SELECT * FROM {course_categories} WHERE id = ?",
                        parent);
            }
            String idnumber = Params.text(c, "idnumber", "");
            if (!idnumber.isEmpty() && site.categories().values().stream().anyMatch(x -> x.idnumber().equals(idnumber))) {
                throw MoodleErrors.moodle("categoryidnumbertaken", "ID number is already used for another category");
            }
            long id = site.nextId("course_categories");
            site.categories().put(id, new Category(id, Params.text(c, "name"), idnumber,
                    Params.text(c, "description", ""), parent, ctx.now()));
            created.add(Views.object("id", id, "name", Params.text(c, "name")));
        }
        return created;
    }

    private static String categoryName(CallContext ctx, Course c) {
        Category cat = ctx.site().categories().get(c.categoryId());
        return cat == null ? "" : cat.name();
    }

    private static Map<String, Object> view(CallContext ctx, Course c) {
        return Views.object("id", c.id(), "fullname", c.fullname(), "displayname", c.fullname(),
                "shortname", c.shortname(), "categoryid", c.categoryId(), "categoryname",
                categoryName(ctx, c), "sortorder", c.sortorder(), "summary", c.summary(),
                "summaryformat", 1, "overviewfiles", List.of(), "showactivitydates", false,
                "showcompletionconditions", false, "contacts", List.of(), "enrollmentmethods", List.of("manual"),
                "idnumber", c.idnumber(), "format", c.format(), "visible", c.visible(), "startdate", 0, "enddate", 0,
                "timecreated", c.timecreated(), "timemodified", c.timemodified());
    }
}
