package io.moodleconnector.host.demo;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * One run of the demo: the connector and connection every step uses, how many requests the sandbox has received
 * (to prove a refused input sent nothing), and the ids earlier steps created, by name. Used by one thread.
 */
public final class DemoSession {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Connector connector;
    private final Connection connection;
    private final LongSupplier requestCount;
    private final Map<String, Long> ids = new HashMap<>();

    /**
     * @param requestCount requests the sandbox has received so far
     */
    public DemoSession(Connector connector, Connection connection, LongSupplier requestCount) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.connection = Objects.requireNonNull(connection, "connection");
        this.requestCount = Objects.requireNonNull(requestCount, "requestCount");
    }

    Connector connector() {
        return connector;
    }

    Connection connection() {
        return connection;
    }

    long requestCount() {
        return requestCount.getAsLong();
    }

    /** Remembers an id a step created, e.g. {@code red} for the group Red. */
    void remember(String name, long id) {
        ids.put(name, id);
    }

    /** An id an earlier step remembered. */
    long id(String name) {
        Long id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException("no earlier step remembered '" + name + "'");
        }
        return id;
    }

    /** One line of JSON, for the printout. */
    static String compact(Object value) {
        return JSON.writeValueAsString(value);
    }
}
