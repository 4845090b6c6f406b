package io.moodleconnector.catalogue.yaml;

import io.moodleconnector.catalogue.model.SourceLocation;

/** A catalogue file that is not valid YAML or breaks a {@link YamlLimits limit}; says where and why. */
public final class YamlRefusedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final SourceLocation location;
    private final String pointer;

    YamlRefusedException(SourceLocation location, String pointer, String message) {
        super(message);
        this.location = location;
        this.pointer = pointer;
    }

    public SourceLocation location() {
        return location;
    }

    /** JSON Pointer of the node being read when it was refused ({@code ""} when unknown). */
    public String pointer() {
        return pointer;
    }
}
