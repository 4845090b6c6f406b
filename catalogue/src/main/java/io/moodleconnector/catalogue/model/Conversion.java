package io.moodleconnector.catalogue.model;

/**
 * A field conversion an output mapping may ask for. The one table of type conversions from Moodle's reply to the
 * normalised result; the executor implements each.
 */
public enum Conversion {
    /** Epoch seconds to ISO-8601 UTC text ({@code 2026-11-25T10:00:00Z}); {@code 0} (Moodle's "never") to null. */
    TIMESTAMP("timestamp"),
    /** A 0/1 integer flag to a JSON boolean. */
    BOOLEAN("boolean"),
    /** A numeric string such as {@code "87.50000"} to a JSON number; a non-numeric string ({@code "-"}) to null. */
    NUMBER("number");

    private final String yamlName;

    Conversion(String yamlName) {
        this.yamlName = yamlName;
    }

    public String yamlName() {
        return yamlName;
    }

    public static Conversion fromYaml(String name) {
        for (Conversion c : values()) {
            if (c.yamlName.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown conversion '" + name + "'");
    }
}
