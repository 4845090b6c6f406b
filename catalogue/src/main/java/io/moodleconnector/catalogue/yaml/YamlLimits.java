package io.moodleconnector.catalogue.yaml;

/**
 * The bounds a catalogue file must stay within, in one place. Catalogue files are small, hand-written documents;
 * these limits are far above any real one and far below what could exhaust memory or time.
 */
public final class YamlLimits {
    /** Largest file accepted, in characters (1 MiB). */
    public static final int MAX_DOCUMENT_CHARS = 1024 * 1024;
    /** Deepest nesting of mappings and sequences accepted. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** Longest single scalar accepted, in characters. */
    public static final int MAX_STRING_CHARS = 64 * 1024;

    private YamlLimits() {
    }
}
