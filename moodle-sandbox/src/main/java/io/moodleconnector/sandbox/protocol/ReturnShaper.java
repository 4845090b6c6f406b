package io.moodleconnector.sandbox.protocol;

import io.moodleconnector.catalogue.reference.MoodleStructure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code external_api::clean_returnvalue}: shapes what a function handler returned by the declared return
 * structure. Only declared keys, in declaration order; VALUE_OPTIONAL keys left out when absent; a missing
 * required key is Moodle's own {@code invalidresponse}. PARAM_INT, PARAM_BOOL and PARAM_FLOAT are cast
 * as PHP casts them; other types keep the PHP type the function produced (Moodle returns a format option's
 * PARAM_RAW value 1 as a number, a timezone "99" as a string).
 * Stateless and thread-safe.
 */
public final class ReturnShaper {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ReturnShaper() {
    }

    /** Shapes a handler result; a null structure (the function declares no return) gives JSON null. */
    public static JsonNode shape(MoodleStructure returns, Object value) {
        if (returns == null) {
            return NODES.nullNode();
        }
        try {
            return node(returns, value);
        } catch (ShapeError e) {
            throw MoodleErrors.invalidResponse(e.getMessage());
        }
    }

    private static JsonNode node(MoodleStructure d, Object value) {
        return switch (d.kind()) {
            case OBJECT -> object(d, value);
            case ARRAY -> array(d, value);
            case VALUE -> value(d, value);
        };
    }

    private static JsonNode object(MoodleStructure d, Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ShapeError("Only arrays/objects accepted. The bad value is: '" + value + "'");
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<String, MoodleStructure> e : d.keys().entrySet()) {
            String key = e.getKey();
            if (!map.containsKey(key)) {
                switch (e.getValue().presence()) {
                    case REQUIRED -> throw new ShapeError("Missing following required key in a single structure: " + key);
                    case DEFAULT -> out.set(key, e.getValue().defaultValue() == null ? NODES.nullNode()
                            : e.getValue().defaultValue());
                    case OPTIONAL -> { }
                }
                continue;
            }
            try {
                out.set(key, node(e.getValue(), map.get(key)));
            } catch (ShapeError inner) {
                throw new ShapeError(key + " => Invalid response value detected: " + inner.getMessage());
            }
        }
        return out;
    }

    private static JsonNode array(MoodleStructure d, Object value) {
        if (!(value instanceof List<?> list)) {
            throw new ShapeError("Only arrays accepted. The bad value is: '" + value + "'");
        }
        ArrayNode out = NODES.arrayNode();
        for (Object element : list) {
            out.add(node(d.content(), element));
        }
        return out;
    }

    private static JsonNode value(MoodleStructure d, Object value) {
        if (value == null) {
            if (d.allowNull()) {
                return NODES.nullNode();
            }
            throw new ShapeError("Invalid external api response: the value is \"\", the server was expecting \""
                    + ParamType.of(d.type()).moodleName() + "\" type");
        }
        ParamType type = ParamType.of(d.type());
        return switch (type) {
            case INT -> NODES.numberNode(value instanceof Number n ? n.longValue() : Long.parseLong(value.toString()));
            case BOOL -> NODES.booleanNode(value instanceof Boolean b ? b : !value.toString().equals("0")
                    && !value.toString().isEmpty());
            case FLOAT -> NODES.numberNode(new BigDecimal(value.toString()));
            // clean_param leaves other types' PHP values as they are: an int stays a JSON number, a string a string.
            default -> value instanceof Number n ? NODES.numberNode(n.longValue())
                    : value instanceof Boolean b ? NODES.booleanNode(b) : NODES.stringNode(value.toString());
        };
    }

    /** A response problem on its way up, wrapped per key like Moodle's debuginfo. */
    private static final class ShapeError extends RuntimeException {
        ShapeError(String message) {
            super(message, null, false, false);
        }
    }
}
