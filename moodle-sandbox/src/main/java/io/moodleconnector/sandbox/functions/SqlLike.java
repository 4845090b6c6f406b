package io.moodleconnector.sandbox.functions;

import java.util.regex.Pattern;

/**
 * Moodle's {@code $DB->sql_like($field, $param, false)}: a case-insensitive SQL LIKE, where {@code %} matches any
 * run of characters, {@code _} any one character, and {@code \} (Moodle's default escape character) makes the next
 * character literal. The one place the sandbox matches text this way (core_user_get_users' email, firstname and
 * lastname criteria). Stateless.
 */
final class SqlLike {
    private SqlLike() {
    }

    /** Whether the value matches the LIKE pattern, ignoring case. */
    static boolean matches(String value, String pattern) {
        return compile(pattern).matcher(value).matches();
    }

    private static Pattern compile(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                regex.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
