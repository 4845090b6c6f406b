package io.moodleconnector.sandbox.protocol;

import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The one table of Moodle's PARAM_* cleaning types the 26 functions use: how {@code clean_param} cleans a text
 * value, and the JSON type a cleaned value is returned as. Moodle accepts a parameter only when the text equals its
 * cleaned form ({@code validate_param}); PARAM_BOOL has its own rule (only 0/1).
 */
public enum ParamType {
    INT(ParamType::cleanInt),
    BOOL(v -> v), // handled by ParameterValidator: only "0" and "1"
    FLOAT(v -> v),
    RAW(v -> v),
    RAW_TRIMMED(String::strip),
    TEXT(ParamType::stripTags),
    NOTAGS(ParamType::stripTags),
    ALPHA(v -> v.replaceAll("[^a-zA-Z]", "")),
    ALPHANUM(v -> v.replaceAll("[^A-Za-z0-9]", "")),
    ALPHANUMEXT(v -> v.replaceAll("[^A-Za-z0-9_-]", "")),
    USERNAME(v -> v.strip().toLowerCase(Locale.ROOT).replaceAll("[^-.@_a-z0-9]", "")),
    AUTH(v -> Set.of("manual", "nologin", "email", "webservice", "ldap", "db", "cas", "lti", "mnet", "oauth2",
            "shibboleth", "none").contains(v) ? v : ""),
    LANG(v -> v.equals("en") ? v : ""),
    THEME(v -> Set.of("boost", "classic").contains(v) ? v : ""),
    PLUGIN(v -> Pattern.matches("[a-z](?:[a-z0-9_](?!__))*[a-z0-9]+", v) ? v : ""),
    COMPONENT(v -> Pattern.matches("[a-z][a-z0-9]*(_[a-z][a-z0-9_]*)?[a-z0-9]+", v) ? v : ""),
    SAFEDIR(v -> v.replaceAll("[^a-zA-Z0-9_-]", "")),
    TIMEZONE(v -> Pattern.matches(
            "(([+-]?(0?[0-9](\\.[5|0])?|1[0-3](\\.0)?|1[0-2]\\.5))|(99)|[A-Za-z0-9]+(/?[A-Za-z_-])+)", v) ? v : ""),
    URL(v -> v),
    LOCALURL(v -> v);

    private static final Pattern CANONICAL_INT = Pattern.compile("-?[1-9][0-9]{0,18}|0");
    private static final Pattern TAG = Pattern.compile("<[^\\s<>][^>]*>?|<(?=[^\\s])");

    private final UnaryOperator<String> cleaner;

    ParamType(UnaryOperator<String> cleaner) {
        this.cleaner = cleaner;
    }

    /** The type Moodle declares, e.g. {@code PARAM_INT}. */
    public static ParamType of(String declared) {
        return valueOf(declared.substring("PARAM_".length()));
    }

    /** The name Moodle prints in "the server was expecting "int" type": the constant's value. */
    public String moodleName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String clean(String value) {
        return cleaner.apply(value);
    }

    /** PHP's (int) cast keeps a leading integer; only the canonical form survives the round trip. */
    private static String cleanInt(String v) {
        return CANONICAL_INT.matcher(v).matches() ? v : "\u0000not-canonical";
    }

    /** PHP's strip_tags, which both PARAM_TEXT and PARAM_NOTAGS end with. */
    private static String stripTags(String v) {
        return TAG.matcher(v).replaceAll("");
    }
}
