package io.moodleconnector.moodle.transport;

import java.util.Objects;

/**
 * One form variable of a request body, decoded, e.g. {@code groups[0][name]} = {@code Team A}.
 *
 * @param name  the PHP-style name with bracketed keys
 * @param value the text value
 */
public record FormField(String name, String value) {
    public FormField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }

    /** Shows the name only: a value may be the token. */
    @Override
    public String toString() {
        return "FormField{" + name + "}";
    }
}
