package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Grouping;
import io.moodleconnector.sandbox.state.Records.GroupingGroup;
import io.moodleconnector.sandbox.state.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The grouping functions: create, update, delete, get, list per course, assign and unassign groups. */
final class GroupingFunctions {
    private GroupingFunctions() {
    }

    static Object create(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        List<Object> created = new ArrayList<>();
        for (Map<String, Object> g : Params.objects(params, "groupings")) {
            long courseId = Params.id(g, "courseid");
            String name = Params.text(g, "name");
            if (name.isBlank()) {
                throw MoodleErrors.invalidParameter("Invalid grouping name");
            }
            if (site.groupings().values().stream().anyMatch(x -> x.courseId() == courseId && x.name().equals(name))) {
                throw MoodleErrors.invalidParameter("Grouping with the same name already exists in the course");
            }
            ctx.courseContextWrapped(courseId);
            String idnumber = Params.text(g, "idnumber", "");
            requireFreeIdnumber(site, courseId, idnumber, -1);
            Grouping grouping = new Grouping(site.nextId("groupings"), courseId, name, Params.text(g, "description"),
                    ((Long) g.get("descriptionformat")).intValue(), idnumber, ctx.now(), ctx.now());
            site.groupings().put(grouping.id(), grouping);
            Map<String, Object> reply = Views.grouping(grouping);
            reply.remove("customfields");
            if (!g.containsKey("idnumber")) {
                // Moodle returns the request record plus id: without idnumber its own return check then fails,
                // after the transaction committed.
                reply.remove("idnumber");
            }
            created.add(reply);
        }
        return created;
    }

    static Object update(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (Map<String, Object> g : Params.objects(params, "groupings")) {
            long id = Params.id(g, "id");
            String name = Params.text(g, "name");
            if (name.isBlank()) {
                throw MoodleErrors.invalidParameter("Invalid grouping name");
            }
            Grouping current = site.groupings().get(id);
            if (current == null) {
                throw MoodleErrors.invalidParameter("Grouping " + id + " does not exist in the course");
            }
            if (!name.equals(current.name()) && site.groupings().values().stream()
                    .anyMatch(x -> x.courseId() == current.courseId() && x.name().equals(name))) {
                throw MoodleErrors.invalidParameter(
                        "A different grouping with the same name already exists in the course");
            }
            ctx.courseContextWrapped(current.courseId());
            String idnumber = Params.text(g, "idnumber", current.idnumber());
            requireFreeIdnumber(site, current.courseId(), idnumber, id);
            site.groupings().put(id, current.withDetails(name, Params.text(g, "description"),
                    ((Long) g.get("descriptionformat")).intValue(), idnumber, ctx.now()));
        }
        return null;
    }

    static Object delete(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        for (long id : Params.ids(params, "groupingids")) {
            Grouping grouping = site.groupings().get(id);
            if (grouping == null) {
                continue; // silently ignored, as Moodle does
            }
            ctx.courseContextWrapped(grouping.courseId());
            site.groupings().remove(id);
            site.groupingGroups().removeIf(gg -> gg.groupingId() == id);
        }
        return null;
    }

    static Object get(CallContext ctx, Map<String, Object> params) {
        Site site = ctx.site();
        boolean withGroups = (Boolean) params.get("returngroups");
        List<Object> out = new ArrayList<>();
        for (long id : Params.ids(params, "groupingids")) {
            Grouping grouping = site.groupings().get(id);
            if (grouping == null) {
                throw MoodleErrors.missingRecord("groupings", "SELECT * FROM {groupings} WHERE id = ?", id);
            }
            ctx.courseContextWrapped(grouping.courseId());
            Map<String, Object> view = Views.grouping(grouping);
            if (withGroups) {
                view.put("groups", Views.courseGroups(site, grouping.courseId()).stream()
                        .filter(g -> site.groupingGroups().contains(new GroupingGroup(id, g.id())))
                        .map(Views::group).toList());
            }
            out.add(view);
        }
        return out;
    }

    static Object getForCourse(CallContext ctx, Map<String, Object> params) {
        long courseId = Params.id(params, "courseid");
        if (!ctx.site().courses().containsKey(courseId)) {
            throw MoodleErrors.missingRecord("course", "SELECT id,category FROM {course} WHERE id = ?", courseId);
        }
        ctx.courseContextWrapped(courseId);
        return ctx.site().groupings().values().stream().filter(g -> g.courseId() == courseId)
                .sorted(Views.GROUPING_ORDER).map(Views::grouping).toList();
    }

    static Object assign(CallContext ctx, Map<String, Object> params) {
        return link(ctx, Params.objects(params, "assignments"), true);
    }

    static Object unassign(CallContext ctx, Map<String, Object> params) {
        return link(ctx, Params.objects(params, "unassignments"), false);
    }

    private static Object link(CallContext ctx, List<Map<String, Object>> pairs, boolean assign) {
        Site site = ctx.site();
        for (Map<String, Object> p : pairs) {
            long groupingId = Params.id(p, "groupingid");
            long groupId = Params.id(p, "groupid");
            Grouping grouping = site.groupings().get(groupingId);
            if (grouping == null) {
                throw MoodleErrors.missingRecord("groupings", "SELECT * FROM {groupings} WHERE id = ?", groupingId);
            }
            Group group = site.groups().get(groupId);
            if (group == null) {
                throw MoodleErrors.missingRecord("groups", "SELECT * FROM {groups} WHERE id = ?", groupId);
            }
            ctx.courseContextWrapped(grouping.courseId());
            GroupingGroup link = new GroupingGroup(groupingId, groupId);
            if (assign) {
                site.groupingGroups().add(link);
            } else {
                site.groupingGroups().remove(link);
            }
        }
        return null;
    }

    private static void requireFreeIdnumber(Site site, long courseId, String idnumber, long self) {
        if (!idnumber.isEmpty() && site.groupings().values().stream()
                .anyMatch(x -> x.courseId() == courseId && x.idnumber().equals(idnumber) && x.id() != self)) {
            throw MoodleErrors.idNumberTaken();
        }
    }
}
