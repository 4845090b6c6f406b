package io.moodleconnector.moodle.executor;

import com.networknt.schema.format.EmailFormat;
import io.moodleconnector.catalogue.schema.EmailSyntax;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The value-level questions {@link InputShape} asks of plain input, each answered as the full validation path would:
 * a lone surrogate ({@link UnpairedSurrogates}), membership of an {@code enum}, networknt's email format.
 * Stateless and thread-safe.
 */
final class InputValues {
    private InputValues() {
    }

    /** Whether the text holds a UTF-16 surrogate that is not half of a pair. */
    /** The text's length in code points, as JSON Schema counts it; -1 when it holds a lone surrogate. */
    static int codePoints(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++, n++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return -1;
                }
                i++;
            }
        }
        return n;
    }

    static boolean hasLoneSurrogate(String text) {
        return codePoints(text) < 0;
    }

    /**
     * Whether the value is one of the allowed ones (text, booleans, null, whole numbers as Long): networknt's
     * {@code JsonNodeValue} finds whole numbers equal by their long value, whatever their node class.
     */
    static boolean in(Object[] allowed, Object value) {
        Object v = value instanceof Integer || value instanceof Short ? (Object) ((Number) value).longValue() : value;
        for (Object a : allowed) {
            if (a == null ? v == null : a.equals(v)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text is an email address by networknt's own {@code format: email}: {@link EmailSyntax} is certain
     * of an ordinary address at a fraction of the cost; for any other text, networknt's {@link EmailFormat} itself
     * answers (it reads nothing of the execution context), so both paths agree on every address.
     */
    static boolean email(String text) {
        return EmailSyntax.certainlyValid(text) || Email.FORMAT.matches(null, text);
    }

    /** Made on the first address checked: its validator's tables are not needed by a method without one. */
    private static final class Email {
        static final EmailFormat FORMAT = new EmailFormat();
    }

    /** The values this check can compare: text, booleans, null, whole numbers as Long; others are left out. */
    static Object[] comparable(Iterable<JsonNode> values) {
        List<Object> out = new ArrayList<>();
        for (JsonNode v : values) {
            if (v.isString()) {
                out.add(v.asString());
            } else if (v.isBoolean()) {
                out.add(v.booleanValue());
            } else if (v.isNull()) {
                out.add(null);
            } else if (whole(v)) {
                out.add(v.longValue());
            }
        }
        return out.toArray();
    }

    /** A schema's non-negative count that fits an int, else -1 (not modelled). */
    static int count(JsonNode value) {
        return whole(value) && value.canConvertToInt() && value.intValue() >= 0 ? value.intValue() : -1;
    }

    /** A schema number that is whole and fits a long. */
    static boolean whole(JsonNode value) {
        return value.isIntegralNumber() && value.canConvertToLong();
    }

    // The JDK's own maps, by exact class: get and containsKey find exactly the keys their entries give.
    private static final Set<Class<?>> PLAIN_MAPS = Set.copyOf(List.of(HashMap.class,
            LinkedHashMap.class, Map.of().getClass(), Map.of("k", 1).getClass(),
            Map.of("k", 1, "l", 2).getClass())); // copyOf: the last two may be one class

    /**
     * Whether looking a key up in this map finds exactly what its entries hold: a JDK map of a known class, not a
     * subclass, a sorted map with its own comparator or an identity map, whose lookups may disagree with the entries
     * the full path builds its tree from.
     */
    static boolean lookupsAgreeWithEntries(Map<?, ?> map) {
        return PLAIN_MAPS.contains(map.getClass());
    }

    /**
     * A caller's value as one type bit ({@link JsonTypes}) the way networknt sees its tree node: Integer, Long and
     * Short are integers; 0 for what {@link InputShape} does not model (a double, a BigDecimal, a set...).
     */
    static int typeOf(Object value) {
        if (value == null) {
            return JsonTypes.NULL;
        }
        if (value instanceof String) {
            return JsonTypes.STRING; // a lone surrogate makes it not sure in InputShape.text, which every string reaches
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return JsonTypes.INTEGER;
        }
        if (value instanceof Map<?, ?>) {
            return JsonTypes.OBJECT;
        }
        if (value instanceof List<?>) {
            return JsonTypes.ARRAY;
        }
        return value instanceof Boolean ? JsonTypes.BOOLEAN : 0;
    }
}
