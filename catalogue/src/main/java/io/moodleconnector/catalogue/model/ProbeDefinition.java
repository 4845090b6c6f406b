package io.moodleconnector.catalogue.model;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A capability probe as declared in YAML ({@code probes:}): how to prove, without writing anything, that the token's
 * role may use {@code function}, and what each answer means. Read by the doctor and {@code Connector.check}; checked
 * by the linter against the probes recorded on a real site (capability_probes.json).
 *
 * @param function the Moodle function probed
 * @param variant  the variant of the recorded probe this follows, or null for its main probe
 * @param methods  the methods it is for; empty = every method of the function no other probe names
 * @param kind     how it avoids writing
 * @param why      why it writes nothing (or, for {@link Kind#NONE}, why no probe can)
 * @param params   Moodle's parameters, {@code {"$object": NAME}} standing for an object found by read calls; null
 *                 when the kind sends nothing
 * @param proxy    for {@link Kind#NONE}: the function whose probe runs the same checks; else null
 * @param verdicts what the answers mean, first match wins
 * @param location where it was declared
 */
public record ProbeDefinition(String function, String variant, List<String> methods, Kind kind, String why,
                              JsonNode params, String proxy, List<ProbeVerdict> verdicts, SourceLocation location) {
    /** The key of a placeholder for an object the probe needs: {@code {"$object": "course"}}. */
    public static final String OBJECT = "$object";

    public ProbeDefinition {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(kind, "kind");
        methods = List.copyOf(methods);
        verdicts = List.copyOf(verdicts);
    }

    /** Whether this probe is for {@code methodId} by name (not only as the function's default). */
    public boolean names(String methodId) {
        return methods.contains(methodId);
    }

    /** How a probe avoids writing. */
    public enum Kind {
        /** A plain read. */
        READ("read"),
        /** A write call that fails after the checks, before it writes. */
        WRITE_FREE("write-free"),
        /** The write happens inside Moodle's transaction and a later element's error rolls it back. */
        ROLLBACK("rollback"),
        /** No write-free probe exists; {@code proxy} runs the same checks. */
        NONE("none"),
        /** The function checks no capability. */
        NO_CAPABILITY("no-capability"),
        /**
         * No probe was ever recorded for the function on a real site (capability_probes.json), so none is sent: the
         * doctor checks only that the service holds the function and lists the methods' declared capabilities as
         * what the admin must give. Allowed only for functions the recording does not cover.
         */
        UNRECORDED("unrecorded");

        private final String yaml;

        Kind(String yaml) {
            this.yaml = yaml;
        }

        public String yaml() {
            return yaml;
        }

        public static Kind fromYaml(String text) {
            for (Kind k : values()) {
                if (k.yaml.equals(text)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown probe kind '" + text + "'");
        }

        /** Whether a probe of this kind sends a call. */
        public boolean sends() {
            return this == READ || this == WRITE_FREE || this == ROLLBACK;
        }
    }
}
