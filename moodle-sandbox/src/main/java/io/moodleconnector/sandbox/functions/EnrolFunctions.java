package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Records.Enrolment;
import io.moodleconnector.sandbox.state.Records.Roles;
import io.moodleconnector.sandbox.state.Site;
import java.util.Map;

/** enrol_manual_enrol_users and enrol_manual_unenrol_users (every course has a manual enrolment instance). */
final class EnrolFunctions {
    private EnrolFunctions() {
    }

    static Object enrol(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (Map<String, Object> e : Params.objects(params, "enrolments")) {
            long courseId = Params.id(e, "courseid");
            long userId = Params.id(e, "userid");
            long roleId = Params.id(e, "roleid");
            ctx.courseContext(courseId);
            if (!Roles.assignableInCourse(roleId)) {
                throw MoodleErrors.moodle("wsusercannotassign", "You don't have the permission to assign this role ("
                        + roleId + ") to this user (" + userId + ") in this course (" + courseId + ").");
            }
            if (site.liveUser(userId).isEmpty()) {
                throw MoodleErrors.invalidUser(userId); // Moodle 4.5 answers dml_missing_record_exception

            }
            long timeStart = e.get("timestart") == null ? 0 : (Long) e.get("timestart");
            long timeEnd = e.get("timeend") == null ? 0 : (Long) e.get("timeend");
            boolean suspended = e.get("suspend") != null && (Long) e.get("suspend") != 0;
            site.enrolments().removeIf(x -> x.courseId() == courseId && x.userId() == userId && x.roleId() == roleId);
            site.enrolments().add(new Enrolment(courseId, userId, roleId, timeStart, timeEnd, suspended));
        }
        return null;
    }

    static Object unenrol(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (Map<String, Object> e : Params.objects(params, "enrolments")) {
            long courseId = Params.id(e, "courseid");
            long userId = Params.id(e, "userid");
            if (!site.courses().containsKey(courseId)) {
                throw MoodleErrors.missingRecord("course", "SELECT id FROM {course} WHERE id = ?", courseId);
            }
            ctx.courseContext(courseId);
            if (!site.users().containsKey(userId)) {
                throw MoodleErrors.invalidParameter("User id not exist: " + userId);
            }
            site.enrolments().removeIf(x -> x.courseId() == courseId && x.userId() == userId);
            // Leaving the course's last enrolment also leaves its groups.
            site.members().removeIf(m -> m.userId() == userId
                    && site.groups().get(m.groupId()).courseId() == courseId);
        }
        return null;
    }
}
