package io.moodleconnector.catalogue.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The functions Moodle declares, loaded from {@code functions.json}. Immutable and thread-safe once loaded.
 */
public final class MoodleReference {
    private static final String SHIPPED = "/io/moodleconnector/catalogue/reference/moodle-4.5/functions.json";

    private final String release;
    private final String version;
    private final Map<String, MoodleFunction> functions;

    private MoodleReference(String release, String version, Map<String, MoodleFunction> functions) {
        this.release = release;
        this.version = version;
        this.functions = Collections.unmodifiableMap(functions);
    }

    /** The reference shipped with this release, read off Moodle 4.5. */
    public static MoodleReference shipped() {
        try (InputStream in = MoodleReference.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException("the Moodle reference " + SHIPPED + " is missing from the classpath");
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Moodle reference " + SHIPPED, e);
        }
    }

    /** Parses a {@code functions.json} document. */
    public static MoodleReference parse(InputStream in) {
        JsonNode root = JsonMapper.builder().build().readTree(in);
        Map<String, MoodleFunction> functions = new LinkedHashMap<>();
        for (JsonNode f : root.path("functions")) {
            String name = f.path("name").asString();
            JsonNode returns = f.path("returns");
            functions.put(name, new MoodleFunction(
                    name,
                    f.path("description").asString(""),
                    f.path("type").asString(),
                    splitCapabilities(f.path("capabilities").asString("")),
                    structure(f.path("parameters")),
                    returns.isMissingNode() || returns.isNull() ? null : structure(returns)));
        }
        return new MoodleReference(root.path("moodle_release").asString(""), root.path("moodle_version").asString(""),
                functions);
    }

    private static List<String> splitCapabilities(String declared) {
        List<String> out = new ArrayList<>();
        for (String c : declared.split(",")) {
            if (!c.isBlank()) {
                out.add(c.trim());
            }
        }
        return out;
    }

    private static MoodleStructure structure(JsonNode n) {
        MoodleStructure.Kind kind = MoodleStructure.Kind.valueOf(n.path("kind").asString().toUpperCase(java.util.Locale.ROOT));
        Map<String, MoodleStructure> keys = new LinkedHashMap<>();
        if (kind == MoodleStructure.Kind.OBJECT) {
            for (Map.Entry<String, JsonNode> e : n.path("keys").properties()) {
                keys.put(e.getKey(), structure(e.getValue()));
            }
        }
        JsonNode def = n.get("default");
        return new MoodleStructure(
                kind,
                kind == MoodleStructure.Kind.VALUE ? n.path("type").asString() : null,
                n.path("desc").asString(""),
                presence(n.path("required").asString("VALUE_REQUIRED")),
                def == null || def.isNull() ? null : def,
                n.path("allownull").asBoolean(false),
                Collections.unmodifiableMap(keys),
                kind == MoodleStructure.Kind.ARRAY ? structure(n.path("content")) : null);
    }

    private static MoodleStructure.Presence presence(String declared) {
        return switch (declared) {
            case "VALUE_OPTIONAL" -> MoodleStructure.Presence.OPTIONAL;
            case "VALUE_DEFAULT" -> MoodleStructure.Presence.DEFAULT;
            case "VALUE_REQUIRED" -> MoodleStructure.Presence.REQUIRED;
            default -> throw new IllegalArgumentException("unknown presence " + declared
                    + "; expected one of " + Arrays.toString(MoodleStructure.Presence.values()));
        };
    }

    /** The Moodle release the reference was read off, e.g. {@code 4.5.5+ (Build: 20250613)}. */
    public String release() {
        return release;
    }

    /** Moodle's version number, e.g. {@code 2024100705.01}. */
    public String version() {
        return version;
    }

    public Optional<MoodleFunction> function(String name) {
        return Optional.ofNullable(functions.get(name));
    }

    public Collection<MoodleFunction> functions() {
        return functions.values();
    }
}
