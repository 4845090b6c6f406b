package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.protocol.MoodleException;

/**
 * Moodle's default password policy (on by default): 8 characters, 1 digit, 1 lower case, 1 upper case, 1 special
 * character. A failure is a {@code moodle_exception} whose errorcode is the policy's HTML text.
 */
final class PasswordPolicy {
    private PasswordPolicy() {
    }

    static void check(String password) {
        StringBuilder errors = new StringBuilder();
        if (password.codePointCount(0, password.length()) < 8) {
            errors.append("<div>Passwords must be at least 8 characters long.</div>");
        }
        if (password.chars().noneMatch(Character::isDigit)) {
            errors.append("<div>Passwords must have at least 1 digit(s).</div>");
        }
        if (password.chars().noneMatch(c -> c >= 'a' && c <= 'z')) {
            errors.append("<div>Passwords must have at least 1 lower case letter(s).</div>");
        }
        if (password.chars().noneMatch(c -> c >= 'A' && c <= 'Z')) {
            errors.append("<div>Passwords must have at least 1 upper case letter(s).</div>");
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            errors.append("<div>The password must have at least 1 special character(s) such as *, -, or #.</div>");
        }
        if (!errors.isEmpty()) {
            // The code is not a language string key, so Moodle's message is "error/" + the code.
            throw new MoodleException("core\\exception\\moodle_exception", errors.toString(), "error/" + errors, null);
        }
    }

    static MoodleException missing() {
        return MoodleErrors.invalidParameter("Invalid password: you must provide a password, or set createpassword.");
    }
}
