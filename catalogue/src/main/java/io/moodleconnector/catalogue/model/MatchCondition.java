package io.moodleconnector.catalogue.model;

/**
 * One condition of {@code output.match}: keep only the elements of the data array whose value at {@code field}
 * equals the caller's input at {@code input}. It exists because Moodle's reads do not always compare exactly:
 * {@code core_user_get_users} matches {@code email}, {@code firstname} and {@code lastname} with a case-insensitive
 * SQL LIKE in which {@code _} and {@code %} are wildcards, and database collations may fold case for the others.
 * Values are compared as text; {@code ignoreCase} folds case (Unicode, locale-independent) first. A condition
 * whose input value is absent is not applied.
 *
 * @param field      pointer inside one element of the data array
 * @param input      pointer into the method's input
 * @param ignoreCase compare without regard to case (e-mail addresses)
 */
public record MatchCondition(String field, String input, boolean ignoreCase) {
}
