package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.RequestMapping;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The pre-plain-values stage 2, kept whole as the oracle of {@code PlainStageTwoAgreesWithTreeTest}.
 *
 * <p>Was:
 * Stage 2, map: turns a validated input into the Moodle function's parameters by a {@link RequestMapping}
 * (template with {@code {"$input": "/ptr"}} references, defaults by wildcard pointer, values sent as text).
 * Stateless; never mutates its arguments.
 */
final class TreeMapper {
    private static final String INPUT_REF = "$input";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TreeMapper() {
    }

    /** Moodle's parameters for this input. */
    public static JsonNode map(RequestMapping mapping, JsonNode input) {
        JsonNode params = mapping.template() == null ? input.deepCopy() : resolve(mapping.template(), input);
        if (params == null) {
            params = NODES.objectNode();
        }
        for (Map.Entry<String, JsonNode> d : mapping.defaults().entrySet()) {
            for (TreePointers.Slot slot : TreePointers.slots(params, d.getKey())) {
                JsonNode present = slot.get();
                if (present == null || present.isNull()) {
                    slot.set(d.getValue().deepCopy());
                }
            }
        }
        for (String pointer : mapping.asText()) {
            for (TreePointers.Slot slot : TreePointers.slots(params, pointer)) {
                JsonNode value = slot.get();
                if (value != null && (value.isNumber() || value.isBoolean())) {
                    slot.set(NODES.stringNode(TreeFlattener.scalarText(value)));
                }
            }
        }
        return params;
    }

    /** The template with references replaced; null when the template is a reference to an absent value. */
    private static JsonNode resolve(JsonNode template, JsonNode input) {
        if (template.isObject() && template.size() == 1 && template.has(INPUT_REF)) {
            JsonNode value = input.at(template.get(INPUT_REF).asString());
            return value.isMissingNode() ? null : value.deepCopy();
        }
        if (template.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Map.Entry<String, JsonNode> e : template.properties()) {
                JsonNode v = resolve(e.getValue(), input);
                if (v != null) {
                    out.set(e.getKey(), v);
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = NODES.arrayNode();
            for (JsonNode element : template) {
                JsonNode v = resolve(element, input);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
        return template.deepCopy();
    }

}
