package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Records.Member;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** core_group_add_group_members, core_group_delete_group_members and core_group_get_group_members. */
final class GroupMemberFunctions {
    private GroupMemberFunctions() {
    }

    static Object add(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (Map<String, Object> m : Params.objects(params, "members")) {
            Group group = group(site, Params.id(m, "groupid"), "SELECT * FROM {groups} WHERE id = ?");
            User user = user(site, Params.id(m, "userid"));
            ctx.courseContextWrapped(group.courseId());
            if (!site.isEnrolled(group.courseId(), user.id())) {
                throw MoodleErrors.invalidParameter("Only enrolled users may be members of groups");
            }
            site.members().add(new Member(group.id(), user.id()));
        }
        return null;
    }

    static Object delete(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (Map<String, Object> m : Params.objects(params, "members")) {
            Group group = group(site, Params.id(m, "groupid"), "SELECT * FROM {groups} WHERE id = ?");
            User user = user(site, Params.id(m, "userid"));
            ctx.courseContextWrapped(group.courseId());
            site.members().remove(new Member(group.id(), user.id()));
        }
        return null;
    }

    static Object get(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> out = new ArrayList<>();
        for (long id : Params.ids(params, "groupids")) {
            Group group = group(site, id, "SELECT id, courseid, name, enrolmentkey FROM {groups} WHERE id = ?");
            ctx.courseContextWrapped(group.courseId());
            // groups_get_members(..., 'lastname ASC, firstname ASC')
            List<Long> userIds = site.members().stream().filter(m -> m.groupId() == id)
                    .map(m -> site.users().get(m.userId()))
                    .sorted(Comparator.comparing(User::lastname).thenComparing(User::firstname)
                            .thenComparing(User::id))
                    .map(User::id).toList();
            out.add(Views.object("groupid", id, "userids", userIds));
        }
        return out;
    }

    private static Group group(Site site, long id, String sql) {
        Group g = site.groups().get(id);
        if (g == null) {
            throw MoodleErrors.missingRecord("groups", sql, id);
        }
        return g;
    }

    private static User user(Site site, long id) {
        return site.liveUser(id).orElseThrow(() -> MoodleErrors.missingRecord("user",
                "SELECT * FROM {user} WHERE id = ? AND deleted = ? AND mnethostid = ?", id));
    }
}
