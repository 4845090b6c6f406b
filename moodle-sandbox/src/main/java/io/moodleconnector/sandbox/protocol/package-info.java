/**
 * The generic half of the sandbox: Moodle's REST protocol as PHP and Moodle implement it. Form decoding as PHP's
 * {@code parse_str} does it (including {@code max_input_vars} truncation), parameter validation and return shaping
 * against the structures Moodle declares ({@link io.moodleconnector.catalogue.reference.MoodleReference}), and
 * Moodle's error replies in JSON and XML. Nothing here knows a particular function.
 */
package io.moodleconnector.sandbox.protocol;
