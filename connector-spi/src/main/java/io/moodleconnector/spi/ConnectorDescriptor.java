package io.moodleconnector.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a connector is: its stable id, display name, version, the fields a connection needs and the connection spec.
 *
 * @param id               stable machine id, e.g. {@code moodle}
 * @param name             display name, e.g. {@code Moodle LMS}
 * @param version          the connector's version
 * @param connectionFields the fields a user fills in to connect (URL and token), in display order
 * @param connectionSpec   the JSON Schema 2020-12 of a connection config: the fields above and every tuning option,
 *                         with types, defaults, bounds and descriptions; the token is marked {@code writeOnly: true}
 *                         and {@code secret: true}. Plain JSON values; see {@link ConnectionSpec}
 */
public record ConnectorDescriptor(String id, String name, String version, List<ConnectionField> connectionFields,
                                  Map<String, Object> connectionSpec) {
    public ConnectorDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        connectionFields = List.copyOf(connectionFields);
        Objects.requireNonNull(connectionSpec, "connectionSpec");
    }

    /** A descriptor whose connection spec is the standard one, its URL and token described by {@code connectionFields}. */
    public ConnectorDescriptor(String id, String name, String version, List<ConnectionField> connectionFields) {
        this(id, name, version, connectionFields, ConnectionSpec.schema(connectionFields));
    }
}
