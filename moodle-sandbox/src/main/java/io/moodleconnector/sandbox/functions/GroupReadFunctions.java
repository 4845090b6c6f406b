package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Records.CourseModule;
import io.moodleconnector.sandbox.state.Records.Enrolment;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The group read functions: by id, by course, by user, and per activity. */
final class GroupReadFunctions {
    private static final String CM_SQL = "SELECT md.name\n"
            + "                                                 FROM {modules} md\n"
            + "                                                 JOIN {course_modules} cm ON cm.module = md.id\n"
            + "                                                WHERE cm.id = :cmid";

    private GroupReadFunctions() {
    }

    static Object getGroups(CallContext ctx, Map<String, Object> params) {
        List<Object> out = new ArrayList<>();
        for (long id : Params.ids(params, "groupids")) {
            Group g = ctx.site().groups().get(id);
            if (g == null) {
                throw MoodleErrors.missingRecord("groups", "SELECT id, courseid, name, idnumber, description, "
                        + "descriptionformat, enrolmentkey, visibility, participation FROM {groups} WHERE id = ?", id);
            }
            ctx.courseContextWrapped(g.courseId());
            out.add(Views.group(g));
        }
        return out;
    }

    static Object getCourseGroups(CallContext ctx, Map<String, Object> params) {
        long courseId = Params.id(params, "courseid");
        ctx.courseContextWrapped(courseId);
        return Views.courseGroups(ctx.site(), courseId).stream().map(Views::group).toList();
    }

    static Object getCourseUserGroups(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        long courseId = Params.id(params, "courseid");
        long userId = Params.id(params, "userid");
        long groupingId = Params.id(params, "groupingid");
        User user = userId == 0 ? ctx.caller() : site.liveUser(userId).orElseThrow(() -> MoodleErrors.missingRecord(
                "user", "SELECT * FROM {user} WHERE id = ? AND deleted = ?", userId));
        List<Long> courses = new ArrayList<>();
        if (courseId == 0) {
            site.enrolments().stream().filter(e -> e.userId() == user.id()).map(Enrolment::courseId).distinct()
                    .forEach(courses::add);
        } else {
            ctx.courseContextWrapped(courseId);
            courses.add(courseId);
        }
        List<Object> groups = new ArrayList<>();
        List<Object> warnings = new ArrayList<>();
        if (courseId != 0 && site.enrolments().stream()
                .noneMatch(e -> e.courseId() == courseId && e.userId() == user.id())) {
            warnings.add(Views.warning("course", courseId, "notenrolled",
                    "User " + user.id() + " is not enrolled in course " + courseId));
            courses.clear();
        }
        for (long c : courses) {
            for (Group g : Views.userGroups(site, c, user.id())) {
                if (groupingId == 0 || site.groupingGroups().stream()
                        .anyMatch(gg -> gg.groupingId() == groupingId && gg.groupId() == g.id())) {
                    groups.add(Views.group(g));
                }
            }
        }
        return Views.object("groups", groups, "warnings", warnings);
    }

    static Object getActivityGroupmode(CallContext ctx, Map<String, Object> params) {
        CourseModule cm = module(ctx, Params.id(params, "cmid"));
        Course course = ctx.site().courses().get(cm.courseId());
        int mode = course.groupmodeforce() == 1 ? course.groupmode() : cm.groupmode();
        return Views.object("groupmode", mode, "warnings", List.of());
    }

    static Object getActivityAllowedGroups(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        CourseModule cm = module(ctx, Params.id(params, "cmid"));
        long userId = Params.id(params, "userid");
        User user = userId == 0 ? ctx.caller() : site.liveUser(userId).orElseThrow(() -> MoodleErrors.missingRecord(
                "user", "SELECT * FROM {user} WHERE id = ? AND deleted = ?", userId));
        boolean all = user.access() == User.Access.MANAGER;
        // groups_get_activity_allowed_groups lists participation groups only; visibility 2 and 3 force it off.
        List<Group> groups = (all ? Views.courseGroups(site, cm.courseId())
                : Views.userGroups(site, cm.courseId(), user.id())).stream().filter(Group::participation).toList();
        return Views.object("groups", groups.stream().map(Views::group).toList(), "canaccessallgroups", all,
                "warnings", List.of());
    }

    /** get_coursemodule_from_id with MUST_EXIST, then validate_context on the module. */
    private static CourseModule module(CallContext ctx, long cmid) {
        CourseModule cm = ctx.site().modules().get(cmid);
        if (cm == null) {
            throw MoodleErrors.missingRecordUnknown(CM_SQL, "cmid", cmid);
        }
        if (!ctx.isManager()) {
            throw MoodleErrors.requireLogin("Not enrolled");
        }
        return cm;
    }
}
