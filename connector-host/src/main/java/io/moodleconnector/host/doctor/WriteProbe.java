package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Proves write access the only sure way: creates a throw-away group in a course the user names, through the
 * connector ({@code groups.create}), and deletes it again ({@code groups.delete}). Moodle cannot be asked which
 * capabilities a role has, so listing functions alone cannot show this. Stateless; each run makes its own group.
 */
public final class WriteProbe {
    static final String CREATE = "groups.create";
    static final String DELETE = "groups.delete";

    private final ToIntFunction<Throwable> exitCodes;

    /** @param exitCodes the CLI's table from a failure to its exit code */
    public WriteProbe(ToIntFunction<Throwable> exitCodes) {
        this.exitCodes = exitCodes;
    }

    /** Creates and deletes one group in {@code courseId}; a failure is reported, not thrown. */
    public ProbeResult run(Connector connector, Connection connection, long courseId) {
        // A unique name: a duplicate would fail for reasons that say nothing about access.
        String name = "connector-doctor-probe-" + UUID.randomUUID().toString().substring(0, 8);
        Long groupId = null;
        try {
            MethodResult created = connector.invoke(CREATE, Map.of("courseid", courseId, "name", name,
                    "description", "Throw-away group of `connector doctor --probe-writes`; safe to delete."),
                    connection);
            groupId = idOf(created.data());
            connector.invoke(DELETE, Map.of("id", groupId), connection);
            return ProbeResult.passed(courseId, groupId);
        } catch (ConnectorException e) {
            String what = groupId == null ? "creating a group failed: " : "group " + groupId
                    + " was created but deleting it failed (delete it by hand): ";
            return ProbeResult.failed(courseId, groupId, e.code(), what + e.getMessage(), exitCodes.applyAsInt(e));
        }
    }

    private static long idOf(Object data) {
        if (data instanceof Map<?, ?> m && m.get("id") instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException(CREATE + " answered without a group id: " + data);
    }
}
