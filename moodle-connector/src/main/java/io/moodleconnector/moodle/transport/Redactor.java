package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Secret;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Makes a short, printable excerpt of a reply for an error message, with the token and anything that looks like a
 * token field removed. Stateless.
 *
 * <p>Redaction comes before any cut, and removes every run of {@value #RUN} or more characters of the token (in any
 * letter case), not only the whole token: a page that echoes the token next to a cut, or only part of it, must not
 * print most of it.
 */
public final class Redactor {
    /** The shortest run of the token's characters that is hidden; shorter runs match ordinary text too often. */
    public static final int RUN = 8;
    private static final int EXCERPT_CHARS = 200;
    private static final String HIDDEN = "[hidden]";
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
        String text = strip(new String(body, 0, n, StandardCharsets.UTF_8), secret);
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "..." : text;
    }

    /** The text on one line, with the secret's value and any {@code token=...} value replaced by {@code [hidden]}. */
    public static String strip(String text, Secret secret) {
        String out = hide(text, secret);
        return out == null ? null : CONTROL.matcher(out).replaceAll(" ").strip();
    }

    /**
     * The text as it is (Moodle's own words stay verbatim) except that every run of the secret's characters (of
     * {@value #RUN} or more, or the whole secret when it is shorter) and any {@code token=...} value become
     * {@code [hidden]}.
     */
    public static String hide(String text, Secret secret) {
        if (text == null) {
            return null;
        }
        String out = secret == null || secret.isEmpty() ? text : hideRuns(text, secret.reveal());
        return TOKEN_FIELD.matcher(out).replaceAll("$1$2" + HIDDEN);
    }

    /**
     * Every stretch of the text covered by windows of {@code RUN} characters that occur in the secret becomes one
     * {@code [hidden]}: any run of {@code RUN} or more of the secret's characters is such a stretch, since each of
     * its windows occurs in the secret.
     */
    private static String hideRuns(String text, String secret) {
        int w = Math.min(RUN, secret.length());
        int last = text.length() - w;
        StringBuilder out = null;
        int copied = 0;
        int coveredTo = -1;
        int start = -1;
        for (int i = 0; i <= last; i++) {
            if (occursIn(secret, text, i, w)) {
                if (i > coveredTo) {
                    if (start >= 0) {
                        out = append(out, text, copied, start);
                        copied = coveredTo;
                    }
                    start = i;
                }
                coveredTo = i + w;
            }
        }
        if (start < 0) {
            return text;
        }
        out = append(out, text, copied, start);
        out.append(text, coveredTo, text.length());
        return out.toString();
    }

    private static StringBuilder append(StringBuilder out, String text, int from, int hiddenFrom) {
        StringBuilder b = out == null ? new StringBuilder(text.length()) : out;
        return b.append(text, from, hiddenFrom).append(HIDDEN);
    }

    private static boolean occursIn(String secret, String text, int at, int w) {
        char first = Character.toLowerCase(text.charAt(at));
        for (int j = 0; j + w <= secret.length(); j++) {
            if (Character.toLowerCase(secret.charAt(j)) == first && secret.regionMatches(true, j, text, at, w)) {
                return true;
            }
        }
        return false;
    }
}
