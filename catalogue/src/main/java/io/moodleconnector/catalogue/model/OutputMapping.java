package io.moodleconnector.catalogue.model;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How Moodle's reply becomes the normalised result. Applied in this order:
 * <ol>
 *   <li>{@code data}: JSON Pointer of the part of the reply that is the data ({@code ""}, the default, is the whole
 *       reply). Moodle's top-level {@code warnings} are lifted into the result whatever this says. A reply of
 *       {@code null} (functions that return nothing) becomes {@code {"success": true}}.</li>
 *   <li>{@code convert}: wildcard pointer (relative to the data; {@code *} matches every array element) to a
 *       {@link Conversion}; missing fields are skipped.</li>
 *   <li>{@code match}: only the elements of the data array that equal the caller's input exactly
 *       ({@link MatchCondition}); empty for none.</li>
 *   <li>{@code single}: the data is an array and the result is its one element, or null when it is empty; more
 *       than one is an error ({@code ambiguousresult}), never silently the first.</li>
 * </ol>
 * {@code perItem} says the data array holds one result per item of the method's batch array, in order; the
 * executor then checks the counts and reports missing results as failures.
 *
 * @param data    pointer of the data in the reply
 * @param convert conversions, in declaration order
 * @param single  take the one element
 * @param perItem one result per batch item
 * @param schema  JSON Schema of the normalised data
 * @param match   exact-match conditions on the data's elements, applied before {@code single}; empty for none
 */
public record OutputMapping(String data, Map<String, Conversion> convert, boolean single, boolean perItem,
                            JsonNode schema, java.util.List<MatchCondition> match) {
    public OutputMapping {
        convert = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(convert));
        match = java.util.List.copyOf(match);
    }

    /** An output mapping without match conditions. */
    public OutputMapping(String data, Map<String, Conversion> convert, boolean single, boolean perItem,
                         JsonNode schema) {
        this(data, convert, single, perItem, schema, java.util.List.of());
    }
}
