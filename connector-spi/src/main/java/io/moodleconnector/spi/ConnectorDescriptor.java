package io.moodleconnector.spi;

import java.util.List;
import java.util.Objects;

/**
 * What a connector is: its stable id, display name, version and the fields a connection needs.
 *
 * @param id               stable machine id, e.g. {@code moodle}
 * @param name             display name, e.g. {@code Moodle LMS}
 * @param version          the connector's version
 * @param connectionFields the fields of a connection, in display order
 */
public record ConnectorDescriptor(String id, String name, String version, List<ConnectionField> connectionFields) {
    public ConnectorDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        connectionFields = List.copyOf(connectionFields);
    }
}
