package io.moodleconnector.moodle.executor;

/**
 * JSON Schema's {@code type} names as bits, the one table both compiled schema checks use ({@link InputShape} on
 * the caller's input, {@link ReplyShape} on Moodle's reply): a shape keeps the types it allows as a mask and a value's
 * type as one bit. {@code number} includes {@code integer}, as in JSON Schema.
 */
final class JsonTypes {
    static final int NULL = 1;
    static final int BOOLEAN = 2;
    static final int INTEGER = 4;
    static final int NUMBER = 8;
    static final int STRING = 16;
    static final int ARRAY = 32;
    static final int OBJECT = 64;
    static final int ANY = 127;

    private JsonTypes() {
    }

    /** The bits of a {@code type} name; 0 for a name JSON Schema does not have. */
    static int bit(String type) {
        return switch (type) {
            case "null" -> NULL;
            case "boolean" -> BOOLEAN;
            case "integer" -> INTEGER;
            case "number" -> NUMBER | INTEGER;
            case "string" -> STRING;
            case "array" -> ARRAY;
            case "object" -> OBJECT;
            default -> 0;
        };
    }
}
