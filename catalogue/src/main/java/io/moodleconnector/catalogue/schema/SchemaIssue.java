package io.moodleconnector.catalogue.schema;

/**
 * Something wrong with a JSON Schema, or with an instance against one.
 *
 * @param pointer JSON Pointer relative to the schema (or instance) root
 * @param message what is wrong
 */
public record SchemaIssue(String pointer, String message) {
}
