package io.moodleconnector.catalogue.reference;

import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * One node of a Moodle external structure: {@code external_single_structure} ({@link Kind#OBJECT}),
 * {@code external_multiple_structure} ({@link Kind#ARRAY}) or {@code external_value} ({@link Kind#VALUE}).
 *
 * @param kind         object, array or value
 * @param type         the PARAM_* cleaning type of a value, e.g. {@code PARAM_INT}; null for objects and arrays
 * @param description  Moodle's description
 * @param presence     whether it must be sent
 * @param defaultValue the default Moodle substitutes when {@code presence} is DEFAULT, else null
 * @param allowNull    whether null is allowed
 * @param keys         an object's keys in declaration order; empty otherwise
 * @param content      an array's element structure; null otherwise
 */
public record MoodleStructure(Kind kind, String type, String description, Presence presence, JsonNode defaultValue,
                              boolean allowNull, Map<String, MoodleStructure> keys, MoodleStructure content) {

    /** The three kinds of Moodle external structure. */
    public enum Kind { OBJECT, ARRAY, VALUE }

    /** Moodle's VALUE_REQUIRED, VALUE_OPTIONAL and VALUE_DEFAULT. */
    public enum Presence { REQUIRED, OPTIONAL, DEFAULT }

    public boolean required() {
        return presence == Presence.REQUIRED;
    }
}
