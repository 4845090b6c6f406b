package io.moodleconnector.catalogue.reference;

import java.io.BufferedInputStream;
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
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The functions Moodle declares, loaded from a {@code functions.json} document (plain or gzip-compressed).
 * Immutable and thread-safe once loaded.
 *
 * <p>The shipped reference is every one of the 759 web-service functions Moodle 4.5.5+ registers
 * ({@code functions-all.json}, 8.7 MB of JSON shipped gzip-compressed as 340 KB). It is parsed on first use only and
 * kept: the connector's call path never needs it (the executor runs from the catalogue), only the linter, the
 * generator and the sandbox do.
 */
public final class MoodleReference {
    private static final String SHIPPED = "/io/moodleconnector/catalogue/reference/moodle-4.5/functions-all.json.gz";

    private final String release;
    private final String version;
    private final Map<String, MoodleFunction> functions;

    private MoodleReference(String release, String version, Map<String, MoodleFunction> functions) {
        this.release = release;
        this.version = version;
        this.functions = Collections.unmodifiableMap(functions);
    }

    /** The reference shipped with this release, read off Moodle 4.5: every function it declares. Parsed once. */
    public static MoodleReference shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads a {@code functions.json} file, plain or gzip-compressed (told apart by its first bytes). */
    public static MoodleReference read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    /** Holder idiom: the shipped reference is parsed by the first caller of {@link #shipped()}, and only then. */
    private static final class Shipped {
        static final MoodleReference INSTANCE = load();

        private static MoodleReference load() {
            try (InputStream in = MoodleReference.class.getResourceAsStream(SHIPPED)) {
                if (in == null) {
                    throw new IllegalStateException("the Moodle reference " + SHIPPED + " is missing from the classpath");
                }
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Moodle reference " + SHIPPED, e);
            }
        }
    }

    /**
     * Parses a {@code functions.json} document, plain or gzip-compressed.
     *
     * @throws IllegalArgumentException when it is not such a document
     */
    public static MoodleReference parse(InputStream raw) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        InputStream in = b0 == 0x1f && b1 == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        JsonNode root;
        try {
            root = JsonMapper.builder().build().readTree(in);
        } catch (tools.jackson.core.JacksonException e) {
            throw new IllegalArgumentException("not a functions.json document: " + e.getOriginalMessage(), e);
        }
        if (!root.path("functions").isArray()) {
            throw new IllegalArgumentException("not a functions.json document: it has no 'functions' list");
        }
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
