package io.moodleconnector.spi;

import java.util.Objects;

/**
 * An input field whose values come from another method, so that a host can render a dropdown: e.g. a course id
 * picked from <em>List Courses</em>.
 *
 * @param field      JSON Pointer of the input field, e.g. {@code /courseid}; {@code *} stands for every item of an
 *                   array, e.g. {@code /groups/*}{@code /courseid}
 * @param method     id of the method that lists the values, e.g. {@code courses.list}
 * @param valueField JSON Pointer, within one item of that method's result, of the value to put in the field
 * @param labelField JSON Pointer, within one item of that method's result, of the label to show
 */
public record Lookup(String field, String method, String valueField, String labelField) {
    public Lookup {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(valueField, "valueField");
        Objects.requireNonNull(labelField, "labelField");
    }
}
