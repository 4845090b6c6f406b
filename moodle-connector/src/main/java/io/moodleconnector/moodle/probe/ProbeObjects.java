package io.moodleconnector.moodle.probe;

import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The existing objects probes need ({@code {$object: NAME}} in the catalogue), found with read calls the first time
 * one is asked for, or given ({@link CheckOptions}): a course the token can see, a group and a grouping in it, a
 * group in a grouping and one outside it, an activity, the admin's e-mail address as Moodle shows it. When one
 * cannot be found, {@link #why(String)} says why. One instance per check; not thread-safe.
 */
final class ProbeObjects {
    /** User 2 is the admin the installer makes; the recorded probes use it as "another user". */
    private static final String ADMIN_ID = "2";
    private static final long FRONT_PAGE = 1;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ProbeCall call;
    private final Connection connection;
    private final CheckOptions options;
    private final Set<String> functions;
    private final Map<String, Object> found = new HashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();
    /** The read that was refused while looking for an object: that refusal is itself a proof. */
    private final Map<String, Refusal> refusals = new HashMap<>();
    private boolean courseSearched;
    private boolean groupsSearched;
    private boolean emailSearched;

    ProbeObjects(ProbeCall call, Connection connection, CheckOptions options, Set<String> functions) {
        this.call = call;
        this.connection = connection;
        this.options = options;
        this.functions = functions;
    }

    /** The object, found now if need be; empty when it cannot be (see {@link #why}). */
    Optional<Object> get(String name) {
        switch (name) {
            case "cm" -> {
                if (options.cmId() != null) {
                    return Optional.of(options.cmId());
                }
                missing.putIfAbsent(name, "no activity to probe with: none of the service's functions lists a "
                        + "course's activities; give one (doctor --cmid ID, CheckOptions.cmId)");
            }
            case "course" -> findCourse();
            case "visibleEmail" -> findEmail();
            default -> findGroups();
        }
        return Optional.ofNullable(found.get(name));
    }

    /** Why {@code name} could not be found. */
    String why(String name) {
        return missing.getOrDefault(name, "no " + name + " was found");
    }

    /** The refused read behind a missing object, if a read was refused. */
    Optional<Refusal> refusal(String name) {
        return Optional.ofNullable(refusals.get(name));
    }

    /**
     * A read refused while looking for an object.
     *
     * @param function the function read
     * @param answer   its error answer
     */
    record Refusal(String function, Answer answer) {
    }

    /** Every reason an object was not found, for the report's notes. */
    List<String> notes() {
        return List.copyOf(new java.util.LinkedHashSet<>(missing.values()));
    }

    private void findCourse() {
        if (courseSearched) {
            return;
        }
        courseSearched = true;
        if (options.courseId() != null) {
            found.put("course", options.courseId());
            return;
        }
        String via = "core_course_get_courses";
        if (!functions.contains(via)) {
            missing.put("course", "no course to probe with: the service lacks " + via + "; give one (doctor --course "
                    + "ID, CheckOptions.courseId)");
            return;
        }
        Answer a = call.call(connection, via, JSON.createObjectNode(), true);
        List<Long> ids = new ArrayList<>();
        if (a.ok() && a.value() instanceof List<?> courses) {
            for (Object c : courses) {
                long id = number(((Map<?, ?>) c).get("id"));
                if (id != FRONT_PAGE) {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty()) {
            missing.put("course", "no course to probe with: " + via + " answered " + (a.ok() ? "no course but the "
                    + "front page" : a.errorcode() + " (the token cannot see every course)") + "; give one (doctor "
                    + "--course ID, CheckOptions.courseId)");
            return;
        }
        found.put("course", ids.get(0));
    }

    /** A group, a grouping, a group in a grouping and a group outside it, in the course. */
    private void findGroups() {
        if (groupsSearched) {
            return;
        }
        groupsSearched = true;
        findCourse();
        Object course = found.get("course");
        for (String name : List.of("group", "groupName", "grouping", "groupingName", "assigned.group",
                "assigned.grouping", "unassigned.group", "unassigned.grouping")) {
            missing.put(name, course == null ? missing.get("course")
                    : "no " + describe(name) + " in course " + course + " to probe with; make one there, or give "
                    + "another course (doctor --course ID)");
        }
        if (course == null) {
            return;
        }
        List<Map<?, ?>> groups = list("core_group_get_course_groups", "courseid", course,
                List.of("group", "groupName", "assigned.group", "unassigned.group"));
        List<Map<?, ?>> groupings = list("core_group_get_course_groupings", "courseid", course,
                List.of("grouping", "groupingName", "assigned.grouping", "unassigned.grouping"));
        if (!groups.isEmpty()) {
            put("group", groups.get(0).get("id"));
            put("groupName", groups.get(0).get("name"));
        }
        if (!groupings.isEmpty()) {
            put("grouping", groupings.get(0).get("id"));
            put("groupingName", groupings.get(0).get("name"));
        }
        for (Map<?, ?> grouping : groupings) {
            List<Object> inside = groupsOf(grouping.get("id"));
            if (!inside.isEmpty() && !found.containsKey("assigned.group")) {
                put("assigned.grouping", grouping.get("id"));
                put("assigned.group", number(inside.get(0)));
            }
            for (Map<?, ?> g : groups) {
                if (!inside.contains(number(g.get("id"))) && !found.containsKey("unassigned.group")) {
                    put("unassigned.grouping", grouping.get("id"));
                    put("unassigned.group", g.get("id"));
                }
            }
        }
    }

    private List<Object> groupsOf(Object groupingId) {
        JsonNode params = JSON.createObjectNode().set("groupingids", JSON.createArrayNode().add(number(groupingId)));
        ((tools.jackson.databind.node.ObjectNode) params).put("returngroups", true);
        Answer a = functions.contains("core_group_get_groupings")
                ? call.call(connection, "core_group_get_groupings", params, true) : new Answer("accessexception", null);
        List<Object> ids = new ArrayList<>();
        if (a.ok() && a.value() instanceof List<?> l && !l.isEmpty() && ((Map<?, ?>) l.get(0)).get("groups")
                instanceof List<?> gs) {
            gs.forEach(g -> ids.add(number(((Map<?, ?>) g).get("id"))));
        }
        return ids;
    }

    private List<Map<?, ?>> list(String function, String key, Object id, List<String> forObjects) {
        if (!functions.contains(function)) {
            return List.of();
        }
        Answer a = call.call(connection, function, JSON.createObjectNode().put(key, number(id)), true);
        if (!a.ok()) {
            forObjects.forEach(o -> refusals.put(o, new Refusal(function, a)));
        }
        List<Map<?, ?>> out = new ArrayList<>();
        if (a.ok() && a.value() instanceof List<?> l) {
            l.forEach(o -> out.add((Map<?, ?>) o));
        }
        return out;
    }

    private void findEmail() {
        if (emailSearched) {
            return;
        }
        emailSearched = true;
        JsonNode params = JSON.createObjectNode().set("criteria", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("key", "id").put("value", ADMIN_ID)));
        Answer a = call.call(connection, "core_user_get_users", params, true);
        if (a.ok() && a.value() instanceof Map<?, ?> m && m.get("users") instanceof List<?> users && !users.isEmpty()
                && ((Map<?, ?>) users.get(0)).get("email") instanceof String email && !email.isEmpty()) {
            put("visibleEmail", email);
        } else {
            missing.put("visibleEmail", "no e-mail address to search for: core_user_get_users shows none for user "
                    + ADMIN_ID + " (" + a.describe() + ")");
            // A user the role cannot see at all is left out of every search: the id search's verdict applies.
            refusals.put("visibleEmail", new Refusal("core_user_get_users", a));
        }
    }

    private void put(String name, Object value) {
        found.put(name, value instanceof Number n ? (Object) n.longValue() : value);
        missing.remove(name);
    }

    private static String describe(String name) {
        return switch (name) {
            case "group", "groupName" -> "group";
            case "grouping", "groupingName" -> "grouping";
            case "assigned.group", "assigned.grouping" -> "group in a grouping";
            default -> "group outside a grouping";
        };
    }

    static long number(Object v) {
        return v instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(v).strip());
    }
}
