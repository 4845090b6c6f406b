package io.moodleconnector.sandbox.roles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code roles/checks.json} read once: the checks of each function (kept as JSON: the table is data), the names
 * Moodle shows for capabilities in {@code nopermissions} messages, and the named roles.
 */
record CheckTable(Map<String, JsonNode> functions, Map<String, String> capabilityNames,
                  Map<String, Set<String>> roles) {
    static final String RESOURCE = "/io/moodleconnector/sandbox/roles/checks.json";

    static CheckTable load() {
        JsonNode root;
        try (InputStream in = CheckTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the sandbox");
            }
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, JsonNode> functions = new LinkedHashMap<>();
        root.path("functions").properties().forEach(e -> functions.put(e.getKey(), e.getValue()));
        Map<String, String> names = new LinkedHashMap<>();
        root.path("capabilityNames").properties().forEach(e -> names.put(e.getKey(), e.getValue().asString()));
        Map<String, Set<String>> roles = new LinkedHashMap<>();
        root.path("roles").properties().forEach(e -> {
            Set<String> caps = new LinkedHashSet<>();
            e.getValue().forEach(c -> caps.add(c.asString()));
            roles.put(e.getKey(), Set.copyOf(caps));
        });
        return new CheckTable(Map.copyOf(functions), Map.copyOf(names), Map.copyOf(roles));
    }

    /** The name Moodle shows for a capability, e.g. "Manage groups"; the capability itself when not listed. */
    String nameOf(String capability) {
        return capabilityNames.getOrDefault(capability, capability);
    }
}
