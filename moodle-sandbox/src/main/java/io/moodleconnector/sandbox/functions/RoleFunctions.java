package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Records.RoleAssignment;
import io.moodleconnector.sandbox.state.Site;
import java.util.Map;

/**
 * core_role_assign_roles and core_role_unassign_roles, after enrol/externallib.php of Moodle 4.5 (core_role_external),
 * for contexts named by level and instance (system, user, coursecat, course): the instance must exist and the role
 * must be one a manager may assign there, else nothing is changed.
 */
final class RoleFunctions {
    private RoleFunctions() {
    }

    static Object assign(CallContext ctx, Map<String, Object> params) {
        for (Map<String, Object> a : Params.objects(params, "assignments")) {
            ctx.site().roleAssignments().add(assignment(ctx, a));
        }
        return null;
    }

    static Object unassign(CallContext ctx, Map<String, Object> params) {
        for (Map<String, Object> a : Params.objects(params, "unassignments")) {
            ctx.site().roleAssignments().remove(assignment(ctx, a));
        }
        return null;
    }

    private static RoleAssignment assignment(CallContext ctx, Map<String, Object> a) {
        Site site = ctx.site();
        long roleId = Params.id(a, "roleid");
        long userId = Params.id(a, "userid");
        String level = Params.text(a, "contextlevel", "");
        long instance = a.get("instanceid") == null ? 0 : Params.id(a, "instanceid");
        boolean exists = switch (level) {
            case "system" -> true;
            case "user" -> site.liveUser(instance).isPresent();
            case "coursecat" -> site.categories().containsKey(instance);
            case "course" -> site.courses().containsKey(instance);
            default -> throw MoodleErrors.invalidParameter("Missing parameters: contextid or contextlevel and "
                    + "instanceid (the sandbox names contexts by level and instance)");
        };
        if (!exists) {
            throw MoodleErrors.invalidParameter("Context does not exist");
        }
        if (site.liveUser(userId).isEmpty()) {
            throw MoodleErrors.invalidUser(userId);
        }
        ctx.requireCapability("Assign roles to users");
        if (roleId < 1 || roleId > 8) {
            throw MoodleErrors.moodle("wsusercannotassign", "You don't have the permission to assign this role ("
                    + roleId + ") to this user (" + userId + ") in this context (" + level + ").");
        }
        return new RoleAssignment(roleId, userId, level, instance);
    }
}
