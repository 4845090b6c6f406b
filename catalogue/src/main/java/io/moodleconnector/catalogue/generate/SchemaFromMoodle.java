package io.moodleconnector.catalogue.generate;

import io.moodleconnector.catalogue.lint.MoodleTypes;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.reference.MoodleStructure;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON Schemas from Moodle's declared structures: the input schema from the parameters and the result schema (with
 * its conversions) from the returns.
 */
final class SchemaFromMoodle {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaFromMoodle() {
    }

    /** The input schema: Moodle's types, required keys, defaults, descriptions and text bounds. */
    static ObjectNode input(MoodleStructure s, String key) {
        ObjectNode out = NODES.objectNode();
        switch (s.kind()) {
            case OBJECT -> {
                out.put("type", "object");
                out.put("additionalProperties", false);
                describe(out, s);
                ArrayNode required = NODES.arrayNode();
                ObjectNode properties = NODES.objectNode();
                for (Map.Entry<String, MoodleStructure> e : s.keys().entrySet()) {
                    properties.set(e.getKey(), input(e.getValue(), e.getKey()));
                    if (e.getValue().required()) {
                        required.add(e.getKey());
                    }
                }
                if (!required.isEmpty()) {
                    out.set("required", required);
                }
                out.set("properties", properties);
            }
            case ARRAY -> {
                out.put("type", "array");
                describe(out, s);
                out.set("items", input(s.content(), key));
            }
            case VALUE -> {
                String type = MoodleTypes.jsonType(s.type());
                out.put("type", type);
                describe(out, s);
                if (type.equals("string")) {
                    out.put("maxLength", TextBounds.maxLength(key, s.type()));
                }
                JsonNode def = defaultOf(s, type);
                if (def != null) {
                    out.set("default", def);
                }
            }
            default -> throw new IllegalStateException("unknown kind " + s.kind());
        }
        return out;
    }

    /**
     * The result schema of the returns at {@code at} (a wildcard pointer relative to the data), adding to
     * {@code convert} each time Moodle declares ({@code time*} integers) and each 0/1 flag Moodle's description
     * calls a boolean.
     */
    static ObjectNode output(MoodleStructure s, String at, ObjectNode convert) {
        ObjectNode out = NODES.objectNode();
        switch (s.kind()) {
            case OBJECT -> {
                out.set("type", nullable("object", s));
                describe(out, s);
                ArrayNode required = NODES.arrayNode();
                ObjectNode properties = NODES.objectNode();
                for (Map.Entry<String, MoodleStructure> e : s.keys().entrySet()) {
                    properties.set(e.getKey(), output(e.getValue(), at + "/" + JsonPointers.escape(e.getKey()),
                            convert));
                    if (e.getValue().required()) {
                        required.add(e.getKey());
                    }
                }
                if (!required.isEmpty()) {
                    out.set("required", required);
                }
                out.set("properties", properties);
            }
            case ARRAY -> {
                out.set("type", nullable("array", s));
                describe(out, s);
                out.set("items", output(s.content(), at + "/*", convert));
            }
            case VALUE -> {
                String type = MoodleTypes.jsonType(s.type());
                if (!at.isEmpty() && type.equals("integer") && isTime(at)) {
                    convert.put(at, "timestamp");
                    out.set("type", NODES.arrayNode().add("string").add("null"));
                    out.put("format", "date-time");
                } else if (!at.isEmpty() && type.equals("integer") && isFlag(s.description())) {
                    convert.put(at, "boolean");
                    out.put("type", "boolean");
                } else if ("PARAM_RAW".equals(s.type())) {
                    // clean_returnvalue leaves a PARAM_RAW value as the function made it: Moodle 4.5 answers
                    // courseformatoptions' values as integers (samples/core_course_get_courses.json).
                    ArrayNode raw = NODES.arrayNode().add("string").add("integer").add("number").add("boolean");
                    out.set("type", s.allowNull() ? raw.add("null") : raw);
                } else if (s.allowNull()) {
                    out.set("type", NODES.arrayNode().add(type).add("null"));
                } else {
                    out.put("type", type);
                }
                describe(out, s);
            }
            default -> throw new IllegalStateException("unknown kind " + s.kind());
        }
        return out;
    }

    private static JsonNode nullable(String type, MoodleStructure s) {
        return s.allowNull() ? NODES.arrayNode().add(type).add("null") : NODES.stringNode(type);
    }

    /** Moodle's own names for times: timecreated, timemodified, timestart, timeend, ... */
    private static boolean isTime(String at) {
        String key = at.substring(at.lastIndexOf('/') + 1);
        return key.startsWith("time") && !key.equals("timezone") && !key.equals("time");
    }

    /** A 0/1 integer whose description says it is a boolean ("1 = yes, 0 = no", "true or false", ...). */
    private static boolean isFlag(String description) {
        String d = description.toLowerCase(Locale.ROOT);
        return d.contains("boolean") || (d.contains("true") && d.contains("false"));
    }

    private static void describe(ObjectNode out, MoodleStructure s) {
        if (!s.description().isBlank()) {
            out.put("description", s.description().strip().replaceAll("\\s+", " "));
        }
    }

    /** Moodle's default as a value of the input's JSON type, or null when it has none or it does not fit. */
    private static JsonNode defaultOf(MoodleStructure s, String type) {
        JsonNode d = s.defaultValue();
        if (s.presence() != MoodleStructure.Presence.DEFAULT || d == null || d.isNull()) {
            return null;
        }
        String text = d.asString("");
        return switch (type) {
            case "integer" -> d.isIntegralNumber() ? d : text.matches("-?\\d{1,18}") ? NODES.numberNode(Long.parseLong(text)) : null;
            case "number" -> d.isNumber() ? d : text.matches("-?\\d{1,15}(\\.\\d{1,15})?") ? NODES.numberNode(Double.parseDouble(text)) : null;
            case "boolean" -> d.isBoolean() ? d : d.isNumber() ? NODES.booleanNode(d.asInt() != 0)
                    : text.equals("1") || text.equals("0") ? NODES.booleanNode(text.equals("1")) : null;
            default -> d.isString() || d.isNumber() ? NODES.stringNode(d.isString() ? text : d.toString()) : null;
        };
    }
}
