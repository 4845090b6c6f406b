package io.moodleconnector.catalogue.lint;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Paths of the lint fixtures under {@code src/test/resources/lint-fixtures}. */
final class Fixtures {
    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Paths.get(Fixtures.class.getResource("/lint-fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
