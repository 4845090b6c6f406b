package io.moodleconnector.catalogue.yaml;

import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.Map;

/**
 * Where each node of a parsed document was written: JSON Pointer to line and column. A node inside a mapping is
 * located at its key; an array element at its first character. Immutable.
 */
public final class SourceMap {
    private final String file;
    private final Map<String, SourceLocation> locations;

    SourceMap(String file, Map<String, SourceLocation> locations) {
        this.file = file;
        this.locations = Map.copyOf(locations);
    }

    /** A map that knows only the file, for documents that could not be parsed. */
    public static SourceMap empty(String file) {
        return new SourceMap(file, Map.of());
    }

    public String file() {
        return file;
    }

    /**
     * The location of the node at {@code pointer}, or of its nearest ancestor that exists (problems often name a
     * node that is missing, such as a required key), or {@code file:0:0} when nothing is known.
     */
    public SourceLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            SourceLocation at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new SourceLocation(file, 0, 0);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }
}
