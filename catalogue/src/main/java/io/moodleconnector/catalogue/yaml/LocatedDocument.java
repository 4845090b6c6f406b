package io.moodleconnector.catalogue.yaml;

import tools.jackson.databind.JsonNode;

/**
 * A parsed catalogue file: its tree and where each node was written.
 *
 * @param root      the document (never null; an empty document is an empty object)
 * @param locations pointer to line and column
 */
public record LocatedDocument(JsonNode root, SourceMap locations) {
}
