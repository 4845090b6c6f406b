package io.moodleconnector.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One method a connector offers, as a host lists it in its catalogue.
 *
 * @param id           stable across releases, dotted and readable, e.g. {@code groups.create}
 * @param name         Title Case display name, e.g. {@code Create Group}
 * @param category     grouping for display, e.g. {@code Groups}
 * @param description  what it does, for a platform user
 * @param function     the remote function it calls, e.g. {@code core_group_create_groups}
 * @param readOnly     true when the method only reads; write methods are never retried automatically
 * @param inputSchema  JSON Schema (2020-12) of the input, as a plain JSON value
 * @param outputSchema JSON Schema (2020-12) of the normalised result data, as a plain JSON value
 * @param lookups      input fields whose values come from other methods
 * @param capabilities the Moodle capabilities the web-service user's role needs for it
 */
public record MethodDescriptor(String id, String name, String category, String description, String function,
                               boolean readOnly, Map<String, Object> inputSchema, Map<String, Object> outputSchema,
                               List<Lookup> lookups, List<String> capabilities) {
    public MethodDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(outputSchema, "outputSchema");
        lookups = List.copyOf(lookups);
        capabilities = List.copyOf(capabilities);
    }
}
