package io.moodleconnector.sandbox.protocol;

import io.moodleconnector.catalogue.reference.MoodleStructure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code external_api::validate_parameters}: checks decoded form parameters against a declared structure and
 * returns the cleaned values: {@code Map<String,Object>} for objects (declared keys only, in declaration order,
 * VALUE_DEFAULT filled in), {@code List<Object>} for arrays, {@code Long} for PARAM_INT, {@code Boolean} for
 * PARAM_BOOL, {@code Double} for PARAM_FLOAT and {@code String} otherwise. Errors are Moodle's, with its debuginfo
 * texts. Stateless and thread-safe.
 */
public final class ParameterValidator {
    private ParameterValidator() {
    }

    public static Object validate(MoodleStructure description, Object params) {
        return switch (description.kind()) {
            case VALUE -> value(description, params);
            case OBJECT -> object(description, params);
            case ARRAY -> array(description, params);
        };
    }

    private static Map<String, Object> object(MoodleStructure description, Object params) {
        PhpArray input = requireArray(params);
        Map<String, Object> remaining = new LinkedHashMap<>(input.entries());
        Map<String, Object> result = new LinkedHashMap<>();
        for (Map.Entry<String, MoodleStructure> e : description.keys().entrySet()) {
            String key = e.getKey();
            MoodleStructure sub = e.getValue();
            if (!remaining.containsKey(key)) {
                switch (sub.presence()) {
                    case REQUIRED -> throw MoodleErrors.invalidParameter("Missing required key in single structure: " + key);
                    case DEFAULT -> result.put(key, nested(key, sub, fromDefault(sub.defaultValue())));
                    case OPTIONAL -> { }
                }
            } else {
                result.put(key, nested(key, sub, remaining.get(key)));
            }
            remaining.remove(key);
        }
        if (!remaining.isEmpty()) {
            throw MoodleErrors.invalidParameter("Unexpected keys (" + String.join(", ", remaining.keySet())
                    + ") detected in parameter array.");
        }
        return result;
    }

    private static Object nested(String key, MoodleStructure sub, Object value) {
        try {
            return validate(sub, value);
        } catch (MoodleException e) {
            throw MoodleErrors.nested(key, e);
        }
    }

    private static List<Object> array(MoodleStructure description, Object params) {
        PhpArray input = requireArray(params);
        List<Object> result = new ArrayList<>(input.size());
        for (Object element : input.entries().values()) {
            result.add(validate(description.content(), element));
        }
        return result;
    }

    private static PhpArray requireArray(Object params) {
        if (params instanceof PhpArray a) {
            return a;
        }
        throw MoodleErrors.invalidParameter("Only arrays accepted. The bad value is: '" + phpString(params) + "'");
    }

    private static Object value(MoodleStructure description, Object params) {
        if (params instanceof PhpArray) {
            throw MoodleErrors.invalidParameter("Scalar type expected, array or object received.");
        }
        if (params == null) {
            if (description.allowNull()) {
                return null;
            }
            throw MoodleErrors.invalidParameter("Invalid external api parameter: the value is \"\", the server was "
                    + "expecting \"" + ParamType.of(description.type()).moodleName() + "\" type");
        }
        ParamType type = ParamType.of(description.type());
        String text = phpString(params);
        if (type == ParamType.BOOL && (params instanceof Boolean || text.equals("0") || text.equals("1"))) {
            return params instanceof Boolean b ? b : text.equals("1");
        }
        String debug = "Invalid external api parameter: the value is \"" + text + "\", the server was expecting \""
                + type.moodleName() + "\" type";
        if (type == ParamType.BOOL) {
            throw MoodleErrors.invalidParameter(debug);
        }
        if (type == ParamType.FLOAT) {
            try {
                return Double.parseDouble(text.strip());
            } catch (NumberFormatException e) {
                throw MoodleErrors.invalidParameter(debug);
            }
        }
        String cleaned = type.clean(text);
        if (!cleaned.equals(text)) {
            throw MoodleErrors.invalidParameter(debug);
        }
        return type == ParamType.INT ? (Object) Long.parseLong(cleaned) : cleaned;
    }

    /** PHP's string cast: true is "1", false is "". */
    private static String phpString(Object v) {
        if (v instanceof Boolean b) {
            return b ? "1" : "";
        }
        return String.valueOf(v);
    }

    /** A declared default as form decoding would have produced it. */
    private static Object fromDefault(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isArray() || node.isObject()) {
            PhpArray a = new PhpArray();
            if (node.isArray()) {
                node.forEach(n -> a.append(fromDefault(n)));
            } else {
                node.properties().forEach(e -> a.put(e.getKey(), fromDefault(e.getValue())));
            }
            return a;
        }
        return node.asString();
    }
}
