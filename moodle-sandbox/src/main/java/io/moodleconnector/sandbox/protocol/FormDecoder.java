package io.moodleconnector.sandbox.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Decodes {@code application/x-www-form-urlencoded} text exactly as PHP 8.2 fills {@code $_POST}/{@code $_GET}
 * (php_register_variable_ex): {@code +} is a space, {@code %XX} bytes, nested {@code a[0][b]} keys with raw or
 * percent-encoded brackets, {@code a[]} appends, unterminated brackets become {@code _}, spaces and dots in the base
 * name become {@code _}, and the {@code max_input_vars} cut. Stateless and thread-safe.
 */
public final class FormDecoder {
    private FormDecoder() {
    }

    /**
     * Decodes a body.
     *
     * @param text          the form text (body or query string)
     * @param maxInputVars  PHP's max_input_vars
     * @param postBody      true for a POST body, where PHP keeps max_input_vars + 1 variables (it registers the
     *                      variable, then counts, then stops); false for a query string, where it counts first and
     *                      so keeps exactly max_input_vars
     */
    public static PhpArray decode(String text, int maxInputVars, boolean postBody) {
        PhpArray result = new PhpArray();
        if (text == null || text.isEmpty()) {
            return result;
        }
        long count = 0;
        for (String pair : text.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            if (!postBody && count + 1 > maxInputVars) {
                break;
            }
            int eq = pair.indexOf('=');
            String name = urlDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : urlDecode(pair.substring(eq + 1));
            register(result, name, value);
            count++;
            if (postBody && count > maxInputVars) {
                break;
            }
        }
        return result;
    }

    /** PHP's urldecode: {@code +} is a space, malformed escapes stay as they are, bytes read as UTF-8. */
    public static String urlDecode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '+') {
                out.write(' ');
            } else if (b == '%' && i + 2 < bytes.length + 0 && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                out.write(hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                out.write(b);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(byte b) {
        return Character.digit((char) b, 16);
    }

    /** php_register_variable_ex. */
    static void register(PhpArray target, String rawName, String value) {
        String name = stripLeadingSpaces(rawName);
        int bracket = name.indexOf('[');
        StringBuilder base = new StringBuilder();
        int end = bracket < 0 ? name.length() : bracket;
        for (int i = 0; i < end; i++) {
            char c = name.charAt(i);
            base.append(c == ' ' || c == '.' ? '_' : c);
        }
        if (base.isEmpty()) {
            return;
        }
        if (bracket < 0) {
            target.put(base.toString(), value);
            return;
        }
        // Collect the index segments; an unterminated first bracket turns '[' into '_' and keeps the rest.
        java.util.List<String> indexes = new java.util.ArrayList<>();
        int pos = bracket;
        boolean first = true;
        while (pos < name.length() && name.charAt(pos) == '[') {
            int close = name.indexOf(']', pos + 1);
            if (close < 0) {
                if (first) {
                    String rest = name.substring(pos + 1);
                    StringBuilder b = new StringBuilder(base).append('_');
                    for (char c : rest.toCharArray()) {
                        b.append(c == ' ' || c == '.' || c == '[' ? '_' : c);
                    }
                    target.put(b.toString(), value);
                    return;
                }
                break;
            }
            indexes.add(name.substring(pos + 1, close));
            first = false;
            pos = close + 1;
        }
        PhpArray current = target;
        String key = base.toString();
        for (String index : indexes) {
            Object existing = current.get(key);
            PhpArray child;
            if (existing instanceof PhpArray a) {
                child = a;
            } else {
                child = new PhpArray();
                current.put(key, child);
            }
            current = child;
            key = index.isEmpty() ? null : index;
            if (key == null) {
                key = current.append(null);
            }
        }
        current.put(key, value);
    }

    private static String stripLeadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }
}
