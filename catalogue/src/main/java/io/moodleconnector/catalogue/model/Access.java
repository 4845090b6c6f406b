package io.moodleconnector.catalogue.model;

/** Whether a method reads or writes; it must agree with the type Moodle declares for the function. */
public enum Access {
    READ, WRITE;

    /** The YAML and Moodle spelling: {@code read} or {@code write}. */
    public String yamlName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
