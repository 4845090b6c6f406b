package io.moodleconnector.catalogue.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The capability probes recorded on a real Moodle 4.5 site ({@code samples/capability_probes.json}): for each
 * function (and variant), the probe, whether it writes, the real answers for each lab token and the interpretation
 * of each errorcode read from the function's code. What the catalogue's {@code probes:} are checked against.
 * Immutable.
 */
public final class RecordedProbes {
    private static final String SHIPPED = "/io/moodleconnector/catalogue/reference/moodle-4.5/samples/"
            + "capability_probes.json";

    private final JsonNode root;

    private RecordedProbes(JsonNode root) {
        this.root = root;
    }

    /** The probes shipped with the catalogue. */
    public static RecordedProbes shipped() {
        try (InputStream in = RecordedProbes.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the catalogue jar");
            }
            return new RecordedProbes(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The recorded probe of a function, or of its variant when {@code variant} is not null. */
    public Optional<Recorded> probe(String function, String variant) {
        for (JsonNode p : root.path("probes")) {
            if (p.path("function").asString().equals(function)) {
                if (variant == null) {
                    return Optional.of(new Recorded(p, p));
                }
                for (JsonNode v : p.path("variants")) {
                    if (v.path("name").asString().equals(variant)) {
                        return Optional.of(new Recorded(p, v));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * One recorded probe.
     *
     * @param main  the function's entry
     * @param probe the entry itself, or the variant
     */
    public record Recorded(JsonNode main, JsonNode probe) {
        /** {@code yes}, {@code read}, {@code rollback}, {@code no} or {@code no capability checked}. */
        public String writeFree() {
            return main.path("write_free_probe").asString();
        }

        /** The errorcodes the site answered to this probe, for any token. */
        public Set<String> answeredErrorcodes() {
            Set<String> out = new LinkedHashSet<>();
            for (JsonNode r : probe.path("results")) {
                if (r.has("errorcode")) {
                    out.add(r.get("errorcode").asString());
                }
            }
            return out;
        }

        /** The first word of every interpretation key (an errorcode, or "result", "users", ...), seen or not. */
        public Set<String> interpretedWords() {
            Set<String> out = new LinkedHashSet<>();
            probe.path("interpretation").propertyNames().forEach(k -> out.add(k.split("[ (]")[0]));
            return out;
        }

        /** The function the site's notes name as running the same checks, or null. */
        public String proxy() {
            return main.path("proxy").path("function").asString(null);
        }
    }
}
