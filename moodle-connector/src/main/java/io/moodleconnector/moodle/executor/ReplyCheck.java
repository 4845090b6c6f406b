package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.spi.RemoteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * Checks the normalised data of a reply against the method's declared output schema, walking the plain values
 * directly (no tree is built), by the schema compiled once into a {@link ReplyShape}: the keywords output schemas
 * use, {@code type}, {@code required}, {@code properties}, {@code items}, {@code const} and {@code enum}
 * ({@code format} and the rest are not checked). An optional property
 * that Moodle sends as {@code null} passes, as Moodle's optional values may be null. The first mismatch is reported,
 * naming the function and the JSON pointer in Moodle's reply. Chosen over validating a tree with networknt because
 * it is several times cheaper on a large reply (benchmarks/README.md, ReplyCheckBenchmark). Stateless.
 */
public final class ReplyCheck {
    private static final int MAX_CACHED = 1024;
    private static final Map<Identity, ReplyShape> SHAPES = new ConcurrentHashMap<>();

    private ReplyCheck() {
    }

    /**
     * Checks one reply.
     *
     * @param reply Moodle's reply as read ({@code null} when it answered nothing)
     * @param data  the data normalised from it, before {@code single}
     * @throws RemoteException with errorcode {@code unexpectedreply} when the data does not have the declared shape
     */
    public static void check(MethodDefinition method, Object reply, Object data) {
        JsonNode schema = method.output().schema();
        if (schema == null || schema.isEmpty()) {
            return;
        }
        List<Object> path = new ArrayList<>(JsonPointers.tokens(method.output().data()));
        ReplyShape shape = shape(schema);
        String problem;
        if (method.output().single() && data instanceof List<?> list) {
            problem = null;
            for (int i = 0; i < list.size() && problem == null; i++) {
                path.add(i);
                problem = shape.mismatch(list.get(i), path);
                if (problem == null) {
                    path.remove(path.size() - 1);
                }
            }
        } else {
            problem = shape.mismatch(data, path);
        }
        if (problem == null) {
            return;
        }
        String where = reply == null ? "Moodle answered null (nothing), where " + method.function() + " returns a value"
                : "Moodle's reply to " + method.function() + " is not what " + method.id() + " expects: at "
                        + (path.isEmpty() ? "the root" : JsonPointers.of(path)) + ", " + problem;
        throw new RemoteException("unexpectedreply", where + ". The site may run another Moodle version, or a plugin"
                + " changed the function; nothing of this reply was returned", null, null);
    }

    /** The compiled shape of a schema, from a small cache by identity (a catalogue's schemas live as long as it). */
    private static ReplyShape shape(JsonNode schema) {
        Identity key = new Identity(schema);
        ReplyShape shape = SHAPES.get(key);
        if (shape == null) {
            shape = ReplyShape.of(schema);
            if (SHAPES.size() >= MAX_CACHED) {
                SHAPES.clear(); // catalogues come and go (tests, reloads): never grow without bound
            }
            SHAPES.put(key, shape);
        }
        return shape;
    }

    /** A schema node as a map key by identity: its own equals would compare whole trees. */
    private record Identity(JsonNode node) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Identity i && i.node == node;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(node);
        }
    }
}
