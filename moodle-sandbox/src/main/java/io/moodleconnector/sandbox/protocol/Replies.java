package io.moodleconnector.sandbox.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Moodle's replies: JSON as PHP's {@code json_encode} writes it ({@code \/} and lower-case {@code \u00dc}
 * escapes), or Moodle's REST XML. Stateless and thread-safe.
 */
public final class Replies {
    private static final JsonMapper PHP_JSON = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();

    /** JSON replies carry no charset, as Moodle's. */
    public static final String JSON_TYPE = "application/json";
    public static final String XML_TYPE = "application/xml; charset=utf-8";

    private Replies() {
    }

    /** A reply body with its content type. */
    public record Reply(String contentType, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public static Reply success(JsonNode value, boolean json) {
        if (json) {
            return new Reply(JSON_TYPE, PHP_JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<RESPONSE>\n");
        if (!value.isNull()) {
            xml(value, xml);
        }
        xml.append("</RESPONSE>\n");
        return new Reply(XML_TYPE, xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Reply error(MoodleException e, boolean json, boolean debug) {
        boolean withDebug = debug && e.debugInfo() != null;
        if (json) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("exception", e.exceptionClass());
            node.put("errorcode", e.errorCode());
            node.put("message", e.moodleMessage());
            if (withDebug) {
                node.put("debuginfo", e.debugInfo());
            }
            return success(node, true);
        }
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<EXCEPTION class=\"" + escape(e.exceptionClass())
                + "\">\n<ERRORCODE>" + escape(e.errorCode()) + "</ERRORCODE>\n<MESSAGE>" + escape(e.moodleMessage())
                + "</MESSAGE>\n" + (withDebug ? "<DEBUGINFO>" + escape(e.debugInfo()) + "</DEBUGINFO>\n" : "")
                + "</EXCEPTION>\n";
        return new Reply(XML_TYPE, xml.getBytes(StandardCharsets.UTF_8));
    }

    private static void xml(JsonNode value, StringBuilder out) {
        if (value.isArray()) {
            out.append("<MULTIPLE>\n");
            value.forEach(v -> xml(v, out));
            out.append("</MULTIPLE>\n");
        } else if (value.isObject()) {
            out.append("<SINGLE>\n");
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                out.append("<KEY name=\"").append(escape(e.getKey())).append("\">");
                xml(e.getValue(), out);
                out.append("</KEY>\n");
            }
            out.append("</SINGLE>\n");
        } else if (value.isNull()) {
            out.append("<VALUE null=\"null\"/>\n");
        } else {
            String text = value.isBoolean() ? (value.asBoolean() ? "1" : "0") : value.asString();
            out.append("<VALUE>").append(escape(text)).append("</VALUE>\n");
        }
    }

    /** PHP's htmlspecialchars with ENT_COMPAT. */
    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
