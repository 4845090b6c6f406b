package io.moodleconnector.catalogue.model;

/**
 * Where something was declared: the catalogue file and the 1-based line and column in it.
 *
 * @param file   the file's name or path as given to the loader
 * @param line   1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 */
public record SourceLocation(String file, int line, int column) {
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
