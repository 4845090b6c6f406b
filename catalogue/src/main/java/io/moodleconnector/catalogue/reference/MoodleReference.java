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
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The functions Moodle declares, as in a {@code functions.json} document. Immutable and thread-safe.
 *
 * <p>The shipped reference is every one of the 759 web-service functions Moodle 4.5.5+ registers
 * ({@code reference/moodle/4.5/functions-all.json.gz}, 8.7 MB of JSON). Parsing it whole takes 0.3 s warm and
 * several seconds on a cold, busy JVM, and most users need a handful of functions (the sandbox its 26, the linter
 * those its methods name, {@code catalogue new} one). So the build splits it ({@link ReferenceSplitter}) into one
 * small resource per function plus an index, and the shipped reference reads a function on its first use only. The
 * connector's call path never reads it at all: the executor runs from the catalogue.
 */
public final class MoodleReference {
    static final String SHIPPED_DIR = "/io/moodleconnector/catalogue/reference/moodle-4.5/";
    static final String INDEX = "index.json";
    static final String FUNCTIONS = "functions/";

    private final String release;
    private final String version;
    private final Set<String> names;
    private final Function<String, MoodleFunction> loader;
    private final Map<String, MoodleFunction> functions = new ConcurrentHashMap<>();

    private MoodleReference(String release, String version, Set<String> names,
                            Function<String, MoodleFunction> loader) {
        this.release = release;
        this.version = version;
        this.names = Collections.unmodifiableSet(names);
        this.loader = loader;
    }

    /** The reference shipped with this release, read off Moodle 4.5: every function it declares. */
    public static MoodleReference shipped() {
        return Shipped.INSTANCE;
    }

    /** Reads a {@code functions.json} file, plain or gzip-compressed (told apart by its first bytes). */
    public static MoodleReference read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        }
    }

    /** Holder idiom: the index is read by the first caller of {@link #shipped()}, the functions when asked for. */
    private static final class Shipped {
        static final MoodleReference INSTANCE = load();

        private static MoodleReference load() {
            JsonNode index = resource(INDEX);
            Set<String> names = new LinkedHashSet<>();
            index.path("functions").forEach(n -> names.add(n.asString()));
            return new MoodleReference(index.path("moodle_release").asString(""),
                    index.path("moodle_version").asString(""), names,
                    name -> function(resource(FUNCTIONS + name + ".json")));
        }

        private static JsonNode resource(String file) {
            try (InputStream in = MoodleReference.class.getResourceAsStream(SHIPPED_DIR + file)) {
                if (in == null) {
                    throw new IllegalStateException("the Moodle reference " + SHIPPED_DIR + file
                            + " is missing from the classpath");
                }
                return JsonMapper.builder().build().readTree(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Moodle reference " + SHIPPED_DIR + file, e);
            }
        }
    }

    /**
     * Parses a {@code functions.json} document, plain or gzip-compressed.
     *
     * @throws IllegalArgumentException when it is not such a document
     */
    public static MoodleReference parse(InputStream raw) throws IOException {
        JsonNode root = document(raw);
        Map<String, MoodleFunction> all = new LinkedHashMap<>();
        for (JsonNode f : root.path("functions")) {
            MoodleFunction function = function(f);
            all.put(function.name(), function);
        }
        return new MoodleReference(root.path("moodle_release").asString(""),
                root.path("moodle_version").asString(""), new LinkedHashSet<>(all.keySet()), all::get);
    }

    /** The document of a plain or gzip-compressed {@code functions.json}. */
    static JsonNode document(InputStream raw) throws IOException {
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
        return root;
    }

    private static MoodleFunction function(JsonNode f) {
        JsonNode returns = f.path("returns");
        return new MoodleFunction(
                f.path("name").asString(),
                f.path("description").asString(""),
                f.path("type").asString(),
                splitCapabilities(f.path("capabilities").asString("")),
                structure(f.path("parameters")),
                returns.isMissingNode() || returns.isNull() ? null : structure(returns));
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
        if (name == null || !names.contains(name)) {
            return Optional.empty();
        }
        return Optional.of(functions.computeIfAbsent(name, loader));
    }

    /** The names of every function, in the reference's order, without reading the functions. */
    public Set<String> names() {
        return names;
    }

    /** Every function, in the reference's order (the shipped reference reads each one it has not read yet). */
    public Collection<MoodleFunction> functions() {
        return names.stream().map(n -> function(n).orElseThrow()).toList();
    }
}
