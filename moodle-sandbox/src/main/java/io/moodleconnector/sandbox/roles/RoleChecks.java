package io.moodleconnector.sandbox.roles;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.Roles;
import io.moodleconnector.sandbox.state.Site;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The one place where the sandbox checks a role: before a function's handler runs, the context and capability checks
 * Moodle 4.5 makes for that function, in its order, as {@code roles/checks.json} lists them (course access first,
 * then the capabilities the code checks, which are not always those declared). The first failing check answers
 * with the errorcode Moodle gives (see reference/moodle/4.5/samples/capability_probes.json). A check whose object
 * does not exist is left to the handler, which answers the missing-record error Moodle gives before any check.
 *
 * <p>Immutable; the caller (the dispatcher) holds the site lock.
 */
public final class RoleChecks {
    private static final CheckTable TABLE = CheckTable.load();
    private static final long FRONT_PAGE = 1;

    private final Role role;
    private final long userId;

    /** @param userId the web-service user the role belongs to; other users are not checked here */
    public RoleChecks(Role role, long userId) {
        this.role = role;
        this.userId = userId;
    }

    static CheckTable table() {
        return TABLE;
    }

    public Role role() {
        return role;
    }

    /** Whether calls of this user go through this layer. */
    public boolean appliesTo(long caller) {
        return caller == userId;
    }

    /** Whether the role lacks {@code webservice/rest:use}, so every call is refused before the function runs. */
    public boolean lacksRestUse() {
        return !role.has(Role.REST_USE);
    }

    /**
     * Runs the function's checks.
     *
     * @return a reply that replaces the call (Moodle answers some missing capabilities with a warning), or empty
     * @throws io.moodleconnector.sandbox.protocol.MoodleException the error of the first failing check
     */
    public Optional<Object> before(String function, Map<String, Object> params, Site site) {
        JsonNode entry = TABLE.functions().get(function);
        if (entry == null) {
            return Optional.empty();
        }
        for (Object item : items(entry, params, site)) {
            Optional<Object> reply = checkItem(entry.path("steps"), item, site);
            if (reply.isPresent()) {
                return reply;
            }
        }
        return Optional.empty();
    }

    /** What a successful reply shows this role (Moodle leaves out what the caller may not see). */
    public Object after(String function, Map<String, Object> params, Object result) {
        JsonNode entry = TABLE.functions().get(function);
        return entry == null ? result : new ReplyFilters(role, userId).apply(entry.path("filters"), params, result);
    }

    private static List<Object> items(JsonNode entry, Map<String, Object> params, Site site) {
        if (!entry.has("each")) {
            return List.of(params);
        }
        Object list = ReplyFilters.at(params, entry.get("each").asString());
        if (list instanceof List<?> l && !l.isEmpty()) {
            return new ArrayList<>(l);
        }
        return "allCourses".equals(entry.path("eachDefault").asString(null))
                ? new ArrayList<>(site.courses().keySet()) : List.of();
    }

    private Optional<Object> checkItem(JsonNode steps, Object item, Site site) {
        Long courseId = null;
        for (JsonNode step : steps) {
            if (step.has("unlessSelf") && isSelf(ReplyFilters.at(item, step.get("unlessSelf").asString()))) {
                continue;
            }
            if (step.has("access")) {
                courseId = courseOf(step.get("access"), item, site);
                if (courseId == null) {
                    return Optional.empty(); // the object does not exist: the handler answers
                }
                if (step.path("skipFrontPage").asBoolean(false) && courseId == FRONT_PAGE) {
                    continue;
                }
                if (!canAccess(site.courses().get(courseId), site)) {
                    return fail(step, null, courseId);
                }
            } else if (step.has("capability")) {
                String cap = step.get("capability").asString();
                boolean frontPage = courseId != null && courseId == FRONT_PAGE;
                if (!(step.path("skipFrontPage").asBoolean(false) && frontPage) && !role.has(cap)) {
                    return fail(step, cap, courseId);
                }
            } else if (step.has("assign")) {
                assign(step, item);
            } else if (step.has("user")) {
                long id = number(ReplyFilters.at(item, step.get("user").asString()));
                if (site.liveUser(id).isEmpty()) {
                    throw MoodleErrors.invalidUser(id);
                }
            } else if (step.has("instance")) {
                Long course = courseOf(step.get("instance"), item, site);
                if (course != null && course == FRONT_PAGE) {
                    throw MoodleErrors.moodle("wsnoinstance", "Manual enrolment plugin instance doesn't exist or "
                            + "is disabled for the course (id = " + course + ")");
                }
            } else if (step.has("format")) {
                checkFormat(step, item);
            }
        }
        return Optional.empty();
    }

    private boolean isSelf(Object userIdValue) {
        long id = number(userIdValue);
        return id == 0 || id == userId;
    }

    private boolean canAccess(Course course, Site site) {
        if (course.id() == FRONT_PAGE) {
            return true;
        }
        boolean in = site.isEnrolled(course.id(), userId) || role.has("moodle/course:view");
        return in && (course.visible() != 0 || role.has("moodle/course:viewhiddencourses"));
    }

    private Optional<Object> fail(JsonNode step, String capability, Long courseId) {
        String mode = step.path("fail").asString();
        return switch (mode) {
            case "wrapped" -> throw MoodleErrors.courseContextNotValid(courseId, "Course or activity not accessible.");
            case "requirelogin" -> throw MoodleErrors.requireLogin(null);
            case "nopermissions" -> throw MoodleErrors.noPermissions(TABLE.nameOf(capability));
            case "accessdenied" -> throw MoodleErrors.moodle("accessdenied", "Access denied");
            case "warning" -> Optional.of(warningReply(courseId, capability));
            default -> throw new IllegalStateException("checks.json: unknown fail mode '" + mode + "'");
        };
    }

    /** core_group_get_course_user_groups leaves the course out with a warning instead of failing. */
    private static Object warningReply(long courseId, String capability) {
        Map<String, Object> warning = new LinkedHashMap<>();
        warning.put("item", "course");
        warning.put("itemid", courseId);
        warning.put("warningcode", capability == null ? "1" : "cannotmanagegroups");
        warning.put("message", capability == null ? "No access rights in course context"
                : "You don't have permission to manage groups in this course");
        Map<String, Object> reply = new LinkedHashMap<>();
        reply.put("groups", List.of());
        reply.put("warnings", List.of(warning));
        return reply;
    }

    private void assign(JsonNode step, Object item) {
        long roleId = number(ReplyFilters.at(item, step.get("assign").asString()));
        if (!role.has("moodle/role:assign") || !Roles.assignableInCourse(roleId)) {
            throw MoodleErrors.moodle("wsusercannotassign", "You don't have the permission to assign this role ("
                    + roleId + ") to this user (" + number(ReplyFilters.at(item, step.get("user").asString()))
                    + ") in this course (" + number(ReplyFilters.at(item, step.get("course").asString())) + ").");
        }
    }

    /** util::validate_format: only Moodle's text formats (0 moodle, 1 html, 2 plain, 4 markdown) pass. */
    private static void checkFormat(JsonNode step, Object item) {
        if (step.has("whenText")) {
            Object text = ReplyFilters.at(item, step.get("whenText").asString());
            if (text == null || text.toString().isEmpty()) {
                return;
            }
        }
        Object format = ReplyFilters.at(item, step.get("format").asString());
        if (format != null && !List.of(0L, 1L, 2L, 4L).contains(number(format))) {
            throw MoodleErrors.moodle("formatnotsupported", "webservice/formatnotsupported");
        }
    }

    /** The course of the object a step names ({@code {"group": "/groupid"}}), or null when it does not exist. */
    private static Long courseOf(JsonNode ref, Object item, Site site) {
        Map.Entry<String, JsonNode> e = ref.properties().iterator().next();
        Object raw = ReplyFilters.at(item, e.getValue().asString());
        if (raw == null) {
            return null;
        }
        long id = number(raw);
        return switch (e.getKey()) {
            case "course" -> site.courses().containsKey(id) ? id : null;
            case "group" -> Optional.ofNullable(site.groups().get(id)).map(g -> g.courseId()).orElse(null);
            case "grouping" -> Optional.ofNullable(site.groupings().get(id)).map(g -> g.courseId()).orElse(null);
            case "cm" -> Optional.ofNullable(site.modules().get(id)).map(m -> m.courseId()).orElse(null);
            default -> throw new IllegalStateException("checks.json: unknown object kind '" + e.getKey() + "'");
        };
    }

    static long number(Object v) {
        if (v instanceof Number n) {
            return n.longValue();
        }
        return v == null ? 0 : Long.parseLong(v.toString().strip());
    }
}
