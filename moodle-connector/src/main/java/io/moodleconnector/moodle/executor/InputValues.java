package io.moodleconnector.moodle.executor;

import com.networknt.schema.format.EmailFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The value-level questions {@link InputShape} asks of plain input, each answered as the full validation path would:
 * a lone surrogate ({@link UnpairedSurrogates}), membership of an {@code enum}, networknt's email format.
 * Stateless and thread-safe.
 */
final class InputValues {
    private static final int MAX_LOCAL_PART = 64; // the format's own limit on the local part
    private static final int MAX_DOMAINS = 1024;
    private static final int MAX_DOMAIN_LENGTH = 255;
    /** Domains' answers, by domain; bounded (past the bound, domains are checked each time). */
    private static final Map<String, Boolean> DOMAINS = new ConcurrentHashMap<>();
    private InputValues() {
    }

    /** Whether the text holds a UTF-16 surrogate that is not half of a pair. */
    static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                        && Character.isLowSurrogate(text.charAt(i + 1));
                if (!paired) {
                    return true;
                }
                i++;
            }
        }
        return false;
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
     * Whether the text is an email address by networknt's own {@code format: email} (its {@link EmailFormat}, which
     * reads nothing of the execution context), so both paths agree on every address. An address whose local part is
     * plain (letters, digits, {@code _+-}, single inner dots, at most 64 characters) is valid exactly when
     * {@code a@} and its domain is: the format refuses non-ASCII whitespace, a final dot, and text not of the form
     * {@code (.+)@(\S+)}, then checks the local part (which a plain one passes) and the domain apart. So the domain's
     * answer (most of the cost) is kept, for the few domains a batch uses.
     */
    static boolean email(String text) {
        int at = text.indexOf('@');
        if (!plainLocalPart(text, at)) {
            return Email.FORMAT.matches(null, text);
        }
        String domain = text.substring(at + 1);
        Boolean known = DOMAINS.get(domain);
        if (known == null) {
            known = Email.FORMAT.matches(null, "a@" + domain);
            if (DOMAINS.size() < MAX_DOMAINS && domain.length() <= MAX_DOMAIN_LENGTH) {
                DOMAINS.put(domain, known);
            }
        }
        return known;
    }

    /** Whether text[0, end) is a local part the format's user pattern certainly accepts (and holds no {@code @}). */
    static boolean plainLocalPart(String text, int end) {
        if (end < 1 || end > MAX_LOCAL_PART || text.charAt(0) == '.' || text.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '+'
                    || c == '-' || c == '.' && text.charAt(i - 1) != '.';
            if (!plain) {
                return false;
            }
        }
        return true;
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
            } else if (InputShape.whole(v)) {
                out.add(v.longValue());
            }
        }
        return out.toArray();
    }
}
