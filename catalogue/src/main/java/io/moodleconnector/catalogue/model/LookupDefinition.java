package io.moodleconnector.catalogue.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An input field whose values come from another method.
 *
 * <p>{@code parameters} feeds the lookup method's own input from this method's input: its keys are JSON Pointers
 * into the lookup method's input, its values wildcard pointers into this method's input. A {@code *} in a source
 * stands for the same array item as the {@code *} at that position of {@code field}: for the field
 * {@code /groups/*}{@code /id}, the source {@code /groups/*}{@code /courseid} is the course of the same group.
 *
 * @param field      wildcard pointer of the input field, e.g. {@code /courseid} or {@code /groups/*}{@code /courseid}
 * @param method     id of the method that lists the values
 * @param value      pointer, in one item of that method's result data, of the value
 * @param label      pointer, in one item of that method's result data, of the label
 * @param parameters lookup method input pointer to source pointer in this method's input, in declaration order;
 *                   empty when the lookup method needs no input
 */
public record LookupDefinition(String field, String method, String value, String label,
                               Map<String, String> parameters) {
    public LookupDefinition {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** A lookup whose method needs no input. */
    public LookupDefinition(String field, String method, String value, String label) {
        this(field, method, value, label, Map.of());
    }
}
