package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** core_group_create_groups, core_group_update_groups and core_group_delete_groups. */
final class GroupWriteFunctions {
    private GroupWriteFunctions() {
    }

    static Object create(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> g : Params.objects(params, "groups")) {
            long courseId = Params.id(g, "courseid");
            String name = Params.text(g, "name");
            if (name.isBlank()) {
                throw MoodleErrors.invalidParameter("Invalid group name");
            }
            if (site.groups().values().stream().anyMatch(x -> x.courseId() == courseId && x.name().equals(name))) {
                throw MoodleErrors.invalidParameter("Group with the same name already exists in the course");
            }
            ctx.courseContextWrapped(courseId);
            String idnumber = Params.text(g, "idnumber", "");
            requireFreeIdnumber(site, courseId, idnumber, -1);
            String key = (String) g.get("enrolmentkey");
            int visibility = ((Long) g.get("visibility")).intValue();
            Group group = new Group(site.nextId("groups"), courseId, name, Params.text(g, "description"),
                    ((Long) g.get("descriptionformat")).intValue(), key, idnumber, visibility,
                    participation(visibility, (Boolean) g.get("participation")), ctx.now(), ctx.now());
            site.groups().put(group.id(), group);
            Map<String, Object> reply = Views.group(group);
            // The reply is the request record with id added: a key that was not sent reads "" here, null later.
            reply.put("enrolmentkey", key == null ? "" : key);
            reply.remove("customfields");
            created.add(reply);
        }
        return created;
    }

    static Object update(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (Map<String, Object> g : Params.objects(params, "groups")) {
            long id = Params.id(g, "id");
            String name = Params.text(g, "name");
            if (name.isBlank()) {
                throw MoodleErrors.invalidParameter("Invalid group name");
            }
            Group current = site.groups().get(id);
            if (current == null) {
                throw MoodleErrors.invalidParameter("Group " + id + " does not exist");
            }
            if (!name.equals(current.name()) && site.groups().values().stream()
                    .anyMatch(x -> x.courseId() == current.courseId() && x.name().equals(name))) {
                throw MoodleErrors.invalidParameter("A different group with the same name already exists in the course");
            }
            ctx.courseContextWrapped(current.courseId());
            String idnumber = Params.text(g, "idnumber", current.idnumber());
            requireFreeIdnumber(site, current.courseId(), idnumber, id);
            int visibility = g.get("visibility") == null ? current.visibility()
                    : parseVisibility((String) g.get("visibility"));
            if (visibility != current.visibility()
                    && site.members().stream().anyMatch(m -> m.groupId() == id)) {
                throw MoodleErrors.invalidParameter("The visibility of this group cannot be changed as it currently"
                        + " has members.");
            }
            boolean participation = participation(visibility, g.get("participation") == null
                    ? current.participation() : (Boolean) g.get("participation"));
            site.groups().put(id, current.withDetails(name, Params.text(g, "description", current.description()),
                    ((Long) g.get("descriptionformat")).intValue(),
                    g.containsKey("enrolmentkey") ? (String) g.get("enrolmentkey") : current.enrolmentKey(),
                    idnumber, visibility, participation, ctx.now()));
        }
        return null;
    }

    static Object delete(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (long id : Params.ids(params, "groupids")) {
            Group group = site.groups().get(id);
            if (group == null) {
                continue; // Moodle silently ignores groups that do not exist
            }
            ctx.courseContextWrapped(group.courseId());
            site.groups().remove(id);
            site.members().removeIf(m -> m.groupId() == id);
            site.groupingGroups().removeIf(gg -> gg.groupId() == id);
        }
        return null;
    }

    private static void requireFreeIdnumber(Site site, long courseId, String idnumber, long self) {
        if (!idnumber.isEmpty() && site.groups().values().stream()
                .anyMatch(x -> x.courseId() == courseId && x.idnumber().equals(idnumber) && x.id() != self)) {
            throw MoodleErrors.idNumberTaken();
        }
    }

    /**
     * group/lib.php groups_create_group and groups_update_group: a group whose members are hidden (visibility 2,
     * own membership only, or 3, none) cannot be a participation group.
     */
    private static boolean participation(int visibility, boolean asked) {
        return asked && visibility != 2 && visibility != 3;
    }

    /** update_groups declares visibility PARAM_TEXT and casts it with (int), as PHP does. */
    private static int parseVisibility(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^\\s*([+-]?\\d+)").matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
