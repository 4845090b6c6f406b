package io.moodleconnector.sandbox.roles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What Moodle filters instead of failing: {@code core_course_get_courses} leaves out the admin fields without
 * {@code moodle/course:update}; {@code core_user_get_users} leaves out every user whose searched fields the caller
 * may not see (user_get_user_details_courses), and the details only {@code moodle/user:viewalldetails} shows.
 */
final class ReplyFilters {
    /** Fields of a user that only moodle/user:viewalldetails shows (the lab's minimal role got none of them). */
    private static final Set<String> ALL_DETAILS = Set.of("username", "auth", "confirmed", "lang", "theme",
            "mailformat", "trackforums", "department", "idnumber", "city", "country", "preferences");

    private final Role role;
    private final long userId;

    ReplyFilters(Role role, long userId) {
        this.role = role;
        this.userId = userId;
    }

    Object apply(JsonNode filters, Map<String, Object> params, Object result) {
        Object out = result;
        for (JsonNode f : filters) {
            if (f.has("dropKeysUnless") && !role.has(f.get("dropKeysUnless").asString())) {
                List<String> keys = new ArrayList<>();
                f.path("keys").forEach(k -> keys.add(k.asString()));
                out = dropKeys(out, keys);
            } else if (f.has("userVisibility")) {
                out = visibleUsers(params, out);
            }
        }
        return out;
    }

    private static Object dropKeys(Object list, List<String> keys) {
        if (!(list instanceof List<?> l)) {
            return list;
        }
        List<Object> out = new ArrayList<>();
        for (Object o : l) {
            if (o instanceof Map<?, ?> m) {
                Map<Object, Object> copy = new LinkedHashMap<>(m);
                keys.forEach(copy::remove);
                out.add(copy);
            } else {
                out.add(o);
            }
        }
        return out;
    }

    private Object visibleUsers(Map<String, Object> params, Object result) {
        if (!(result instanceof Map<?, ?> reply) || !(reply.get("users") instanceof List<?> users)) {
            return result;
        }
        List<String> searched = new ArrayList<>();
        if (params.get("criteria") instanceof List<?> criteria) {
            for (Object c : criteria) {
                searched.add(String.valueOf(at(c, "/key")));
            }
        }
        List<Object> kept = new ArrayList<>();
        for (Object u : users) {
            Map<?, ?> user = (Map<?, ?>) u;
            if (RoleChecks.number(user.get("id")) == userId) {
                kept.add(user);
            } else if (searched.stream().allMatch(this::mayFind)) {
                Map<Object, Object> copy = new LinkedHashMap<>(user);
                if (!role.has("moodle/user:viewalldetails")) {
                    ALL_DETAILS.forEach(copy::remove);
                }
                kept.add(copy);
            }
        }
        Map<Object, Object> out = new LinkedHashMap<>(reply);
        out.put("users", kept);
        return out;
    }

    /** Whether a user found by this search key is returned to the caller (see the probes file's variants). */
    private boolean mayFind(String key) {
        return switch (key) {
            case "username", "idnumber", "auth" -> role.has("moodle/user:viewalldetails");
            case "email" -> role.has("moodle/site:viewuseridentity");
            default -> role.has("moodle/user:viewdetails");
        };
    }

    /** The value at a JSON Pointer in plain maps and lists; "" is the value itself; null when absent. */
    static Object at(Object value, String pointer) {
        Object v = value;
        if (pointer.isEmpty()) {
            return v;
        }
        for (String segment : pointer.substring(1).split("/", -1)) {
            if (v instanceof Map<?, ?> m) {
                v = m.get(segment);
            } else if (v instanceof List<?> l && segment.matches("\\d+") && Integer.parseInt(segment) < l.size()) {
                v = l.get(Integer.parseInt(segment));
            } else {
                return null;
            }
        }
        return v;
    }
}
