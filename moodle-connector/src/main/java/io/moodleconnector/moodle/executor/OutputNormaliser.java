package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.Conversion;
import io.moodleconnector.catalogue.model.OutputMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stage 7, normalise: Moodle's reply to the method's result by its {@link OutputMapping}: the data selected, the
 * conversions applied, Moodle's top-level {@code warnings} lifted out, and {@code single} taken. Stateless; never
 * mutates the reply it is given.
 */
public final class OutputNormaliser {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OutputNormaliser() {
    }

    /**
     * One reply, normalised up to but not including {@code single} (so batch chunks can be merged first).
     *
     * @param data     the selected, converted data; {@code {"success": true}} for a {@code null} reply
     * @param warnings Moodle's top-level warnings
     */
    public record Normalised(JsonNode data, List<JsonNode> warnings) {
    }

    /** Selects and converts the data of one reply, and lifts its warnings. */
    public static Normalised normalise(OutputMapping mapping, JsonNode reply) {
        List<JsonNode> warnings = new ArrayList<>();
        if (reply.isObject() && reply.path("warnings").isArray()) {
            reply.get("warnings").forEach(warnings::add);
        }
        if (reply.isNull()) {
            ObjectNode success = NODES.objectNode();
            success.put("success", true);
            return new Normalised(success, warnings);
        }
        JsonNode data = reply.at(mapping.data()).deepCopy();
        if (data.isMissingNode()) {
            data = NODES.nullNode();
        }
        for (Map.Entry<String, Conversion> c : mapping.convert().entrySet()) {
            data = convert(data, c.getKey(), c.getValue());
        }
        return new Normalised(data, warnings);
    }

    private static JsonNode convert(JsonNode data, String pointer, Conversion conversion) {
        if (pointer.isEmpty()) {
            return Conversions.apply(conversion, data);
        }
        for (Pointers.Slot slot : Pointers.slots(data, pointer)) {
            JsonNode value = slot.get();
            if (value != null) {
                slot.set(Conversions.apply(conversion, value));
            }
        }
        return data;
    }

    /** {@code single}: the first element of an array, or null when it is empty; other values as they are. */
    public static JsonNode single(JsonNode data) {
        if (!data.isArray()) {
            return data;
        }
        return data.isEmpty() ? NODES.nullNode() : data.get(0);
    }

    /** The data of several chunks as one: arrays concatenated in order, otherwise the last chunk's data. */
    public static JsonNode merge(List<JsonNode> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        if (parts.stream().allMatch(JsonNode::isArray)) {
            ArrayNode all = NODES.arrayNode();
            parts.forEach(p -> p.forEach(all::add));
            return all;
        }
        return parts.get(parts.size() - 1);
    }
}
