package io.moodleconnector.catalogue.model;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One catalogue method as declared in YAML.
 *
 * @param id           stable dotted id, e.g. {@code groups.create}
 * @param name         Title Case name
 * @param category     display category
 * @param description  what it does, for a platform user
 * @param function     the Moodle function it calls
 * @param access       read or write, as Moodle declares the function
 * @param capabilities capabilities the web-service user's role needs
 * @param input        JSON Schema (2020-12) of the caller's input
 * @param request      how the input becomes Moodle's parameters
 * @param batch        JSON Pointer, in Moodle's parameters, of the array that may be split across requests; null
 *                     when the method's work cannot be split
 * @param output       how the reply becomes the result
 * @param lookups      input fields fed by other methods
 * @param examples     example inputs; each must validate against {@code input}
 * @param location     where the method was declared
 * @param ensure       the find-else-create steps of an ensure method, or null for a method that calls its function
 */
public record MethodDefinition(String id, String name, String category, String description, String function,
                               Access access, List<String> capabilities, JsonNode input, RequestMapping request,
                               String batch, OutputMapping output, List<LookupDefinition> lookups,
                               List<JsonNode> examples, SourceLocation location, EnsureDefinition ensure) {
    public MethodDefinition {
        capabilities = List.copyOf(capabilities);
        lookups = List.copyOf(lookups);
        examples = List.copyOf(examples);
    }

    /** A method that calls its function (no ensure steps). */
    public MethodDefinition(String id, String name, String category, String description, String function,
                            Access access, List<String> capabilities, JsonNode input, RequestMapping request,
                            String batch, OutputMapping output, List<LookupDefinition> lookups,
                            List<JsonNode> examples, SourceLocation location) {
        this(id, name, category, description, function, access, capabilities, input, request, batch, output, lookups,
                examples, location, null);
    }

    public boolean readOnly() {
        return access == Access.READ;
    }
}
