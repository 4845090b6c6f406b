package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Makes a short, printable excerpt of a reply for an error message, with the token and anything that looks like a
 * token field removed. Stateless.
 */
public final class Redactor {
    private static final int EXCERPT_CHARS = 200;
    private static final Pattern TOKEN_FIELD = Pattern.compile("(?i)(wstoken|token)(=|\"\\s*:\\s*\"|%3D)[^&\\s\"<]*");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\s]+");

    private Redactor() {
    }

    /** The first bytes of a body as text, one line, with the secret stripped; {@code (empty)} for no bytes. */
    public static String excerpt(byte[] body, Secret secret) {
        if (body.length == 0) {
            return "(empty)";
        }
        int n = Math.min(body.length, EXCERPT_CHARS * 4);
        String text = new String(body, 0, n, StandardCharsets.UTF_8);
        return strip(text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "..." : text, secret);
    }

    /** The text on one line, with the secret's value and any {@code token=...} value replaced by {@code [hidden]}. */
    public static String strip(String text, Secret secret) {
        String out = hide(text, secret);
        return out == null ? null : CONTROL.matcher(out).replaceAll(" ").strip();
    }

    /** The text as it is (Moodle's own words stay verbatim) except that the secret's value becomes {@code [hidden]}. */
    public static String hide(String text, Secret secret) {
        if (text == null) {
            return null;
        }
        String out = text;
        if (secret != null && !secret.isEmpty()) {
            out = out.replace(secret.reveal(), "[hidden]");
        }
        return TOKEN_FIELD.matcher(out).replaceAll("$1$2[hidden]");
    }
}
