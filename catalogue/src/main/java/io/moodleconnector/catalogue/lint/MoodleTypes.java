package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.model.Conversion;
import java.util.Map;
import java.util.Set;

/**
 * The one table of how Moodle's PARAM_* cleaning types meet JSON types: which JSON Schema types an input may have
 * for a parameter of each type, and which output conversions make sense on a returned value of each type.
 */
public final class MoodleTypes {
    /** The JSON side of a Moodle value type. */
    enum Kind { INTEGER, NUMBER, BOOLEAN, TEXT }

    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("PARAM_INT", Kind.INTEGER),
            Map.entry("PARAM_BOOL", Kind.BOOLEAN),
            Map.entry("PARAM_FLOAT", Kind.NUMBER),
            Map.entry("PARAM_LOCALISEDFLOAT", Kind.NUMBER),
            Map.entry("PARAM_TEXT", Kind.TEXT),
            Map.entry("PARAM_RAW", Kind.TEXT),
            Map.entry("PARAM_RAW_TRIMMED", Kind.TEXT),
            Map.entry("PARAM_NOTAGS", Kind.TEXT),
            Map.entry("PARAM_CLEANHTML", Kind.TEXT),
            Map.entry("PARAM_CLEAN", Kind.TEXT),
            Map.entry("PARAM_ALPHA", Kind.TEXT),
            Map.entry("PARAM_ALPHAEXT", Kind.TEXT),
            Map.entry("PARAM_ALPHANUM", Kind.TEXT),
            Map.entry("PARAM_ALPHANUMEXT", Kind.TEXT),
            Map.entry("PARAM_USERNAME", Kind.TEXT),
            Map.entry("PARAM_EMAIL", Kind.TEXT),
            Map.entry("PARAM_AUTH", Kind.TEXT),
            Map.entry("PARAM_LANG", Kind.TEXT),
            Map.entry("PARAM_THEME", Kind.TEXT),
            Map.entry("PARAM_TIMEZONE", Kind.TEXT),
            Map.entry("PARAM_PLUGIN", Kind.TEXT),
            Map.entry("PARAM_COMPONENT", Kind.TEXT),
            Map.entry("PARAM_AREA", Kind.TEXT),
            Map.entry("PARAM_URL", Kind.TEXT),
            Map.entry("PARAM_LOCALURL", Kind.TEXT),
            Map.entry("PARAM_SAFEDIR", Kind.TEXT),
            Map.entry("PARAM_SAFEPATH", Kind.TEXT),
            Map.entry("PARAM_PATH", Kind.TEXT),
            Map.entry("PARAM_FILE", Kind.TEXT),
            Map.entry("PARAM_HOST", Kind.TEXT),
            Map.entry("PARAM_PEM", Kind.TEXT),
            Map.entry("PARAM_BASE64", Kind.TEXT),
            Map.entry("PARAM_TAG", Kind.TEXT),
            Map.entry("PARAM_TAGLIST", Kind.TEXT),
            Map.entry("PARAM_CAPABILITY", Kind.TEXT),
            Map.entry("PARAM_PERMISSION", Kind.INTEGER),
            Map.entry("PARAM_SEQUENCE", Kind.TEXT),
            Map.entry("PARAM_STRINGID", Kind.TEXT));

    private MoodleTypes() {
    }

    /** The JSON Schema type a value of {@code paramType} has in an input or a result; "string" for text types. */
    public static String jsonType(String paramType) {
        Kind kind = KINDS.getOrDefault(paramType, Kind.TEXT);
        return switch (kind) {
            case INTEGER -> "integer";
            case NUMBER -> "number";
            case BOOLEAN -> "boolean";
            case TEXT -> "string";
        };
    }

    /**
     * Why an input of JSON Schema {@code types} cannot feed a parameter of {@code paramType}, or null when it can.
     * An empty {@code types} (unconstrained) is accepted: JSON Schema validation is the caller's business.
     *
     * @param asText whether the request mapping sends this value as text
     */
    static String inputMismatch(String paramType, Set<String> types, boolean asText) {
        Kind kind = KINDS.get(paramType);
        if (kind == null) {
            return "unknown Moodle type " + paramType;
        }
        Set<String> real = new java.util.HashSet<>(types);
        real.remove("null");
        if (real.isEmpty()) {
            return null;
        }
        Set<String> allowed = switch (kind) {
            case INTEGER -> Set.of("integer");
            case NUMBER -> Set.of("number", "integer");
            case BOOLEAN -> Set.of("boolean");
            case TEXT -> asText ? Set.of("string", "integer", "number") : Set.of("string");
        };
        if (allowed.containsAll(real)) {
            return null;
        }
        String expected = switch (kind) {
            case INTEGER -> "integer";
            case NUMBER -> "number or integer";
            case BOOLEAN -> "boolean";
            case TEXT -> "string (integer only when listed in request.asText)";
        };
        return "type " + String.join("|", new java.util.TreeSet<>(real)) + " does not fit Moodle's " + paramType
                + "; expected " + expected;
    }

    /** Why {@code conversion} makes no sense on a returned value of {@code paramType}, or null when it does. */
    static String conversionMismatch(Conversion conversion, String paramType) {
        Kind kind = KINDS.get(paramType);
        boolean fits = switch (conversion) {
            case TIMESTAMP -> kind == Kind.INTEGER;
            case BOOLEAN -> kind == Kind.INTEGER || kind == Kind.BOOLEAN;
            case NUMBER -> kind == Kind.TEXT || kind == Kind.NUMBER || kind == Kind.INTEGER;
        };
        return fits ? null : "conversion " + conversion.yamlName() + " does not apply to Moodle's " + paramType;
    }
}
