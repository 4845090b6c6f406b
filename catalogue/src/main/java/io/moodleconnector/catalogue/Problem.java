package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.Objects;

/**
 * One problem found in a catalogue, printed as {@code file:line:column: pointer: message}.
 *
 * @param location where, in which file
 * @param pointer  JSON Pointer of the offending node within the file's document
 * @param message  what is wrong and what was expected
 */
public record Problem(SourceLocation location, String pointer, String message) {
    public Problem {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return location + ": " + (pointer.isEmpty() ? "/" : pointer) + ": " + message;
    }
}
