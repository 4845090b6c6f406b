package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Outcome;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

/**
 * The proof of last resort, and the only one for the two delete functions (no write-free probe exists for them):
 * creates a throw-away group and grouping in a course ({@code groups.create}, {@code groupings.create}) and deletes
 * them again ({@code groupings.delete}, {@code groups.delete}). Whatever was created is deleted even when a step
 * fails, and, through a shutdown hook, when the JVM is stopped (Ctrl-C) in the middle; an object whose create got no
 * answer (a deadline, a reset) is looked up by its unique name. Stateless between runs.
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
        return run(connector, connection, courseId, () -> CallOptions.DEFAULTS);
    }

    /**
     * {@link #run(Connector, Connection, long)} with each step (two creates, two deletes) run with the options
     * {@code steps} gives when the step starts, e.g. what is left of the doctor's deadline. Cleaning up after a
     * failure runs without them, bounded by the connection's timeouts only: leaving a throw-away object behind is
     * worse than ending late. A create cut short after its request was sent (outcome unknown) may have made its
     * object without telling its id: the cleanup looks for it by its unique name and deletes it, or names it.
     */
    public ProbeResult run(Connector connector, Connection connection, long courseId, Supplier<CallOptions> steps) {
        // A unique name: a duplicate would fail for reasons that say nothing about access.
        String name = "connector-doctor-probe-" + UUID.randomUUID().toString().substring(0, 8);
        String description = "Throw-away object of `connector doctor --probe-writes`; safe to delete.";
        Leftovers leftovers = new Leftovers(connector, connection, courseId, name);
        Thread hook = new Thread(leftovers::clean, "doctor-write-probe-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        String step = "creating a group";
        try {
            leftovers.maybeGroup = true;
            leftovers.group = idOf(connector.invoke("groups.create", Map.of("courseid", courseId, "name", name,
                    "description", description), connection, steps.get()));
            leftovers.maybeGroup = false;
            step = "creating a grouping";
            leftovers.maybeGrouping = true;
            leftovers.grouping = idOf(connector.invoke("groupings.create", Map.of("courseid", courseId, "name", name,
                    "description", description), connection, steps.get()));
            leftovers.maybeGrouping = false;
            long groupId = leftovers.group;
            long groupingId = leftovers.grouping;
            step = "deleting grouping " + groupingId;
            connector.invoke("groupings.delete", Map.of("id", groupingId), connection, steps.get());
            leftovers.grouping = null;
            step = "deleting group " + groupId;
            connector.invoke("groups.delete", Map.of("id", groupId), connection, steps.get());
            leftovers.group = null;
            return ProbeResult.passed(courseId, groupId, groupingId);
        } catch (ConnectorException e) {
            if (e.outcome() != Outcome.UNKNOWN) {
                // The create that failed made nothing: nothing to look for.
                leftovers.maybeGroup = false;
                leftovers.maybeGrouping = false;
            }
            Long group = leftovers.group;
            Long grouping = leftovers.grouping;
            boolean cleaned = leftovers.clean();
            return ProbeResult.failed(courseId, group, grouping, cleaned, e.code(), step + " failed: "
                    + e.getMessage() + (cleaned ? "" : " (" + leftovers.describe() + ")"), exitCodes.applyAsInt(e));
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

    /**
     * What was created and not yet deleted, and what a create cut short may have made (known by its name only);
     * cleaned at most once per object, from any thread.
     */
    private static final class Leftovers {
        private final Connector connector;
        private final Connection connection;
        private final long courseId;
        private final String name;
        volatile Long group;
        volatile Long grouping;
        volatile boolean maybeGroup;
        volatile boolean maybeGrouping;
        /** Whether the last {@link #find} could not list the course's objects (so one may still exist). */
        private boolean lookupFailed;

        Leftovers(Connector connector, Connection connection, long courseId, String name) {
            this.connector = connector;
            this.connection = connection;
            this.courseId = courseId;
            this.name = name;
        }

        /** Deletes what is left, looking up by name what a create cut short may have made; whether nothing is left. */
        synchronized boolean clean() {
            if (maybeGrouping && grouping == null) {
                grouping = find("groupings.list-by-course");
                maybeGrouping = grouping == null && lookupFailed;
            }
            if (maybeGroup && group == null) {
                group = find("groups.list-by-course");
                maybeGroup = group == null && lookupFailed;
            }
            grouping = delete("groupings.delete", grouping);
            group = delete("groups.delete", group);
            return group == null && grouping == null && !maybeGroup && !maybeGrouping;
        }

        /** The id of the object named {@link #name} in the course; null when there is none or the lookup failed. */
        private Long find(String method) {
            lookupFailed = false;
            try {
                if (connector.invoke(method, Map.of("courseid", courseId), connection).data() instanceof List<?> l) {
                    for (Object o : l) {
                        if (o instanceof Map<?, ?> m && name.equals(m.get("name")) && m.get("id") instanceof Number n) {
                            return n.longValue();
                        }
                    }
                }
                return null;
            } catch (RuntimeException e) {
                lookupFailed = true;
                return null;
            }
        }

        /** What the admin must delete by hand. */
        String describe() {
            StringBuilder b = new StringBuilder("delete by hand:");
            if (group != null) {
                b.append(" group ").append(group);
            }
            if (grouping != null) {
                b.append(" grouping ").append(grouping);
            }
            if (maybeGroup || maybeGrouping) {
                b.append(maybeGroup && maybeGrouping ? " the group and grouping" : maybeGroup ? " the group"
                        : " the grouping").append(" named ").append(name).append(" in course ").append(courseId)
                        .append(", if it was made (its create got no answer)");
            }
            return b.toString();
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
