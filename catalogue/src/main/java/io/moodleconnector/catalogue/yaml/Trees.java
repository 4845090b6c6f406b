package io.moodleconnector.catalogue.yaml;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one table of how a token becomes a tree node (integers by size, decimals as {@link java.math.BigDecimal}),
 * shared by the YAML reader and by the reader of the prechecked catalogue, so that both build equal trees. Stateless.
 */
public final class Trees {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Trees() {
    }

    /** The node for the parser's current token; a new empty container for a start token. */
    static JsonNode value(JsonToken t, JsonParser p) {
        return switch (t) {
            case START_OBJECT -> NODES.objectNode();
            case START_ARRAY -> NODES.arrayNode();
            case VALUE_STRING -> NODES.stringNode(p.getString());
            case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                case INT -> NODES.numberNode(p.getIntValue());
                case LONG -> NODES.numberNode(p.getLongValue());
                default -> NODES.numberNode(p.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDecimalValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> NODES.stringNode(p.getString());
        };
    }

    /**
     * Reads the value starting at the parser's current token (which must be set) into a tree, leaving the parser on
     * that value's last token. For trusted input: no limits beyond the parser's own, no locations.
     */
    public static JsonNode read(JsonParser p) {
        JsonToken t = p.currentToken();
        JsonNode root = value(t, p);
        if (!root.isContainer()) {
            return root;
        }
        Deque<JsonNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            t = p.nextToken();
            if (t == JsonToken.PROPERTY_NAME) {
                continue;
            }
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            JsonNode node = value(t, p);
            if (stack.peek() instanceof ArrayNode array) {
                array.add(node);
            } else {
                ((ObjectNode) stack.peek()).set(p.currentName(), node);
            }
            if (node.isContainer()) {
                stack.push(node);
            }
        }
        return root;
    }
}
