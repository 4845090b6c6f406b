package io.moodleconnector.catalogue.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * How a method's input becomes the Moodle function's parameters. Applied in this order:
 * <ol>
 *   <li>{@code template}: a JSON value in which every object of the form {@code {"$input": "/pointer"}} is replaced
 *       by the input's value at that JSON Pointer ({@code ""} is the whole input); when the input has no value
 *       there, the key (or array element) holding the reference is left out. Null means the input is the
 *       parameters as they are.</li>
 *   <li>{@code defaults}: for each wildcard pointer (a JSON Pointer in which {@code *} matches every array
 *       element), the value to set where the parameters have none, e.g. {@code /groupings/*}{@code /idnumber: ""}.</li>
 *   <li>{@code asText}: wildcard pointers of values sent as text although the input schema takes them as numbers
 *       (e.g. {@code visibility}, PARAM_INT in create and PARAM_TEXT in update).</li>
 * </ol>
 *
 * @param template the template, or null for the identity
 * @param defaults wildcard pointer to default value, in declaration order
 * @param asText   wildcard pointers whose values become strings
 */
public record RequestMapping(JsonNode template, Map<String, JsonNode> defaults, List<String> asText) {
    /** The mapping that sends the input as it is. */
    public static final RequestMapping IDENTITY = new RequestMapping(null, Map.of(), List.of());

    public RequestMapping {
        defaults = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(defaults));
        asText = List.copyOf(asText);
    }
}
