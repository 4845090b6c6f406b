package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.LookupDefinition;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.transport.FormWriter;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.NotFoundException;
import io.moodleconnector.spi.PermissionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Tells a course that does not exist from one the user may not enter. Moodle's group functions answer
 * {@code errorcoursecontextnotvalid} for both ({@code validate_context} fails either way; see
 * reference/moodle/4.5/notes.md, "A non-existent course id has several error shapes"); its message names the
 * course ("course id:999999"). One read of that course with {@code core_course_get_courses} ({@code options[ids]})
 * decides: Moodle skips an id with no record ({@code []}), and answers the same error for a course that exists but
 * is out of the user's reach (course/externallib.php, get_courses). Immutable and thread-safe.
 */
final class UnknownCourses {
    static final String ERROR_CODE = "errorcoursecontextnotvalid";
    static final String PROBE_FUNCTION = "core_course_get_courses";
    private static final Pattern COURSE_ID = Pattern.compile("course id:\\s*(\\d+)");

    private final Set<String> courseLookupMethods;
    private final MoodleTransport transport;
    private final ReplyClassifier classifier;

    UnknownCourses(Catalogue catalogue, MoodleTransport transport, ReplyClassifier classifier) {
        this.courseLookupMethods = catalogue.methods().stream().filter(m -> m.function().equals(PROBE_FUNCTION))
                .map(MethodDefinition::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.transport = transport;
        this.classifier = classifier;
    }

    /**
     * The error to report for a refusal: a {@link NotFoundException} at the input's course field when the refusal
     * was {@code errorcoursecontextnotvalid} and the course does not exist, else the refusal itself.
     */
    ConnectorException explain(PermissionException refusal, MethodDefinition method, Map<String, Object> input,
                               Connection connection, CallScope call) {
        if (!ERROR_CODE.equals(refusal.errorCode())) {
            return refusal;
        }
        Matcher m = COURSE_ID.matcher(refusal.getMessage());
        if (!m.find()) {
            return refusal;
        }
        String courseId = m.group(1);
        Object reply;
        try {
            reply = transport.send(call, connection, PROBE_FUNCTION, new FormWriter(4)
                    .field("wstoken", connection.token().reveal())
                    .field("wsfunction", PROBE_FUNCTION)
                    .field("moodlewsrestformat", "json")
                    .field("options[ids][0]", courseId).finish(), true,
                    classifier.reader(PROBE_FUNCTION, connection.token()));
        } catch (CancelledException | DeadlineExceededException e) {
            throw e;
        } catch (ConnectorException e) {
            return refusal; // the course exists out of reach, or the token may not read courses: it stays a refusal
        }
        if (!(reply instanceof List<?> courses) || !courses.isEmpty()) {
            return refusal;
        }
        String pointer = pointer(method, InputTree.of(input), courseId);
        return new NotFoundException("there is no course with id " + courseId + " on the site"
                + (pointer.isEmpty() ? "" : " (" + pointer + ")") + ": Moodle answered " + ERROR_CODE + " to "
                + method.function() + ", and a read of the course found none", pointer, ERROR_CODE);
    }

    /** The pointer of the input field holding the course id, by the method's course lookups; "" if none does. */
    private String pointer(MethodDefinition method, JsonNode input, String courseId) {
        for (LookupDefinition lookup : method.lookups()) {
            if (courseLookupMethods.contains(lookup.method())) {
                List<String> found = new ArrayList<>();
                find(input, JsonPointers.tokens(lookup.field()), 0, new ArrayList<>(), courseId, found);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        return "";
    }

    private static void find(JsonNode node, List<String> tokens, int depth, List<String> path, String value,
                             List<String> found) {
        if (depth == tokens.size()) {
            if (node.isIntegralNumber() && node.asString().equals(value)
                    || node.isString() && node.asString().strip().equals(value)) {
                found.add(JsonPointers.of(path));
            }
            return;
        }
        String token = tokens.get(depth);
        if (token.equals("*") && node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                path.add(Integer.toString(i));
                find(node.get(i), tokens, depth + 1, path, value, found);
                path.remove(path.size() - 1);
            }
        } else if (node.isObject() && node.has(token)) {
            path.add(token);
            find(node.get(token), tokens, depth + 1, path, value, found);
            path.remove(path.size() - 1);
        }
    }
}
