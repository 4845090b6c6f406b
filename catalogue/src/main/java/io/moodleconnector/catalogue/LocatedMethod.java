package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.yaml.SourceMap;

/**
 * A method together with where it sits in its file, so checks can report a problem at any of its nodes.
 *
 * @param method    the method
 * @param pointer   its JSON Pointer in the file, e.g. {@code /methods/3}
 * @param locations the file's source map
 */
public record LocatedMethod(MethodDefinition method, String pointer, SourceMap locations) {

    /** A problem at {@code relative} (a pointer within the method, e.g. {@code /input/properties/x}). */
    public Problem problem(String relative, String message) {
        String at = pointer + relative;
        return new Problem(locations.locate(at), at, message);
    }
}
