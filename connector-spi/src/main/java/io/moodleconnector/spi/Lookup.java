package io.moodleconnector.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An input field whose values come from another method, so that a host can render a dropdown: e.g. a course id
 * picked from <em>List Courses</em>.
 *
 * <p>When the lookup method needs input of its own (e.g. <em>List Course Groupings</em> needs a course id), the
 * host builds it from {@code parameters}: for each entry, it reads this method's input at the value pointer and
 * puts it in the lookup method's input at the key pointer, e.g. {@code /courseid -> /courseid}. A {@code *} in a
 * source pointer stands for the same array item as the {@code *} at that position of {@code field}: for the field
 * {@code /groups/*}{@code /id}, the source {@code /groups/*}{@code /courseid} is the course of the same group. The
 * host can list the values once every source has a value. A required input of the lookup method that
 * {@code parameters} does not give is for the user to pick first, through that method's own lookup for it
 * (chained dropdowns: a course, then one of its groups).
 *
 * <p>Immutable.
 *
 * @param field      JSON Pointer of the input field, e.g. {@code /courseid}; {@code *} stands for every item of an
 *                   array, e.g. {@code /groups/*}{@code /courseid}
 * @param method     id of the method that lists the values, e.g. {@code courses.list}
 * @param valueField JSON Pointer, within one item of that method's result, of the value to put in the field
 * @param labelField JSON Pointer, within one item of that method's result, of the label to show
 * @param parameters JSON Pointer in the lookup method's input to JSON Pointer in this method's input, in
 *                   declaration order; empty when the lookup method needs no input
 */
public record Lookup(String field, String method, String valueField, String labelField,
                     Map<String, String> parameters) {
    public Lookup {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(valueField, "valueField");
        Objects.requireNonNull(labelField, "labelField");
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(parameters,
                "parameters")));
    }

    /** A lookup whose method needs no input. */
    public Lookup(String field, String method, String valueField, String labelField) {
        this(field, method, valueField, labelField, Map.of());
    }
}
