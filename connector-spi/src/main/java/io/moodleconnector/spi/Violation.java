package io.moodleconnector.spi;

import java.util.Objects;

/**
 * One thing wrong with an input.
 *
 * @param pointer JSON Pointer to the offending field ({@code ""} for the whole input), e.g. {@code /groups/0/name}
 * @param message what was expected, e.g. {@code required property 'name' not found}
 * @param keyword the JSON Schema keyword that failed, e.g. {@code required}, or {@code moodle} for a rule Moodle
 *                enforces beyond the schema
 */
public record Violation(String pointer, String message, String keyword) {
    public Violation {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(keyword, "keyword");
    }

    @Override
    public String toString() {
        return (pointer.isEmpty() ? "(input)" : pointer) + ": " + message + " [" + keyword + "]";
    }
}
