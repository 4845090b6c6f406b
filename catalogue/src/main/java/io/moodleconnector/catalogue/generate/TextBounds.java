package io.moodleconnector.catalogue.generate;

import java.util.Map;

/**
 * The one table of how long a generated method lets a text parameter be. Where the parameter's name is a column of
 * Moodle's {@code install.xml} with the same meaning everywhere, its length (e.g. {@code user.email} CHAR(100),
 * {@code course.fullname} CHAR(254)); otherwise a bound by cleaning type: 1333 characters (Moodle's longest CHAR
 * column) for identifiers and short text, 65535 for free text, which Moodle keeps in TEXT columns. A YAML author
 * narrows a bound once the column is known.
 */
final class TextBounds {
    /** Columns with the same name and length across Moodle's tables (lib/db/install.xml). */
    private static final Map<String, Integer> COLUMNS = Map.ofEntries(
            Map.entry("fullname", 254),
            Map.entry("shortname", 255),
            Map.entry("idnumber", 100),
            Map.entry("username", 100),
            Map.entry("email", 100),
            Map.entry("firstname", 100),
            Map.entry("lastname", 100),
            Map.entry("middlename", 255),
            Map.entry("alternatename", 255),
            Map.entry("city", 120),
            Map.entry("country", 2),
            Map.entry("lang", 30),
            Map.entry("timezone", 100),
            Map.entry("auth", 20),
            Map.entry("institution", 255),
            Map.entry("department", 255),
            Map.entry("theme", 50),
            Map.entry("format", 21),
            Map.entry("name", 254));
    private static final int SHORT_TEXT = 1333;
    private static final int FREE_TEXT = 65535;

    private TextBounds() {
    }

    static int maxLength(String key, String paramType) {
        Integer column = COLUMNS.get(key);
        if (column != null) {
            return column;
        }
        return switch (paramType) {
            case "PARAM_RAW", "PARAM_RAW_TRIMMED", "PARAM_TEXT", "PARAM_CLEANHTML", "PARAM_CLEAN", "PARAM_NOTAGS" ->
                    FREE_TEXT;
            default -> SHORT_TEXT;
        };
    }
}
