package io.moodleconnector.catalogue.model;

/**
 * An input field whose values come from another method.
 *
 * @param field  wildcard pointer of the input field, e.g. {@code /courseid} or {@code /groups/*}{@code /courseid}
 * @param method id of the method that lists the values
 * @param value  pointer, in one item of that method's result data, of the value
 * @param label  pointer, in one item of that method's result data, of the label
 */
public record LookupDefinition(String field, String method, String value, String label) {
}
