package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.MethodResult;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The proof of last resort, and the only one for the two delete functions (no write-free probe exists for them):
 * creates a throw-away group and grouping in a course ({@code groups.create}, {@code groupings.create}) and deletes
 * them again ({@code groupings.delete}, {@code groups.delete}). Whatever was created is deleted even when a step
 * fails, and, through a shutdown hook, when the JVM is stopped (Ctrl-C) in the middle. Stateless between runs.
 */
public final class WriteProbe {
    static final String GROUP_DELETE_FUNCTION = "core_group_delete_groups";
    static final String GROUPING_DELETE_FUNCTION = "core_group_delete_groupings";

    private final ToIntFunction<Throwable> exitCodes;

    /** @param exitCodes the CLI's table from a failure to its exit code */
    public WriteProbe(ToIntFunction<Throwable> exitCodes) {
        this.exitCodes = exitCodes;
    }

    /** Creates and deletes one group and one grouping in {@code courseId}; a failure is reported, not thrown. */
    public ProbeResult run(Connector connector, Connection connection, long courseId) {
        // A unique name: a duplicate would fail for reasons that say nothing about access.
        String name = "connector-doctor-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String description = "Throw-away object of `connector doctor --probe-writes`; safe to delete.";
        Leftovers leftovers = new Leftovers(connector, connection);
        Thread hook = new Thread(leftovers::clean, "doctor-write-probe-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        String step = "creating a group";
        try {
            leftovers.group = idOf(connector.invoke("groups.create", Map.of("courseid", courseId, "name", name,
                    "description", description), connection));
            step = "creating a grouping";
            leftovers.grouping = idOf(connector.invoke("groupings.create", Map.of("courseid", courseId, "name", name,
                    "description", description), connection));
            long groupId = leftovers.group;
            long groupingId = leftovers.grouping;
            step = "deleting grouping " + groupingId;
            connector.invoke("groupings.delete", Map.of("id", groupingId), connection);
            leftovers.grouping = null;
            step = "deleting group " + groupId;
            connector.invoke("groups.delete", Map.of("id", groupId), connection);
            leftovers.group = null;
            return ProbeResult.passed(courseId, groupId, groupingId);
        } catch (ConnectorException e) {
            Long group = leftovers.group;
            Long grouping = leftovers.grouping;
            boolean cleaned = leftovers.clean();
            String left = cleaned ? "" : " (delete by hand: " + (group != null ? "group " + group + " " : "")
                    + (grouping != null ? "grouping " + grouping : "") + ")";
            return ProbeResult.failed(courseId, group, grouping, cleaned, e.code(), step + " failed: "
                    + e.getMessage() + left, exitCodes.applyAsInt(e));
        } finally {
            leftovers.clean();
            removeHook(hook);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down: the hook is cleaning up, which is what it is for.
        }
    }

    private static long idOf(MethodResult created) {
        if (created.data() instanceof Map<?, ?> m && m.get("id") instanceof Number n) {
            return n.longValue();
        }
        throw new IllegalStateException("a create method answered without an id: " + created.data());
    }

    /** What was created and not yet deleted; cleaned at most once per object, from any thread. */
    private static final class Leftovers {
        private final Connector connector;
        private final Connection connection;
        volatile Long group;
        volatile Long grouping;

        Leftovers(Connector connector, Connection connection) {
            this.connector = connector;
            this.connection = connection;
        }

        /** Deletes what is left; whether nothing is left afterwards. */
        synchronized boolean clean() {
            grouping = delete("groupings.delete", grouping);
            group = delete("groups.delete", group);
            return group == null && grouping == null;
        }

        private Long delete(String method, Long id) {
            if (id == null) {
                return null;
            }
            try {
                connector.invoke(method, Map.of("id", id), connection);
                return null;
            } catch (RuntimeException e) {
                return id;
            }
        }
    }
}
