package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.yaml.SourceMap;

/**
 * A capability probe together with where it sits in its file, so checks can report a problem at any of its nodes.
 *
 * @param probe     the probe
 * @param pointer   its JSON Pointer in the file, e.g. {@code /probes/3}
 * @param locations the file's source map
 */
public record LocatedProbe(ProbeDefinition probe, String pointer, SourceMap locations) {

    /** A problem at {@code relative} (a pointer within the probe, e.g. {@code /verdicts/0}). */
    public Problem problem(String relative, String message) {
        String at = pointer + relative;
        return new Problem(locations.locate(at), at, message);
    }
}
