package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.RequestMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Stage 2, map: turns a validated input into the Moodle function's parameters by a {@link RequestMapping}
 * (template with {@code {"$input": "/ptr"}} references, defaults by wildcard pointer, values sent as text). The
 * parameters are {@link PlainValues}: they share the input's values and copy only what a default or a text value
 * changes. Stateless; never mutates its arguments.
 */
public final class RequestMapper {
    private static final String INPUT_REF = "$input";

    private RequestMapper() {
    }

    /** Moodle's parameters for this input: plain values, never a tree; an empty map when nothing maps. */
    public static Object map(RequestMapping mapping, Map<String, Object> input) {
        Object in = PlainValues.canonical(input == null ? Map.of() : input);
        Object params = mapping.template() == null ? in : resolve(mapping.template(), in);
        if (params == null) {
            params = Map.of();
        }
        for (Map.Entry<String, JsonNode> d : mapping.defaults().entrySet()) {
            Object value = PlainValues.fromTree(d.getValue());
            params = PlainValues.update(params, d.getKey(), present -> present == null ? value : present);
        }
        for (String pointer : mapping.asText()) {
            params = PlainValues.update(params, pointer, value -> value instanceof Number || value instanceof Boolean
                    ? FormFlattener.scalarText(value) : value);
        }
        return params;
    }

    /** The template with references replaced; null when the template is a reference to an absent or null value. */
    private static Object resolve(JsonNode template, Object input) {
        if (template.isObject() && template.size() == 1 && template.has(INPUT_REF)) {
            return PlainValues.at(input, template.get(INPUT_REF).asString());
        }
        if (template.isObject()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : template.properties()) {
                Object v = resolve(e.getValue(), input);
                if (v != null) {
                    out.put(e.getKey(), v);
                }
            }
            return out;
        }
        if (template.isArray()) {
            List<Object> out = new ArrayList<>(template.size());
            for (JsonNode element : template) {
                Object v = resolve(element, input);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
        return PlainValues.fromTree(template);
    }
}
