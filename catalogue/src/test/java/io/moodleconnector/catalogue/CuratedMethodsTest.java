package io.moodleconnector.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.lint.CatalogueLinter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curated methods not yet shipped (catalogue/curated) are lint-clean and load after the shipped catalogue. */
class CuratedMethodsTest {
    private static final Path CURATED = Path.of("curated");

    @Test
    void curatedMethodsAreLintClean() {
        assertThat(new CatalogueLinter().lintPaths(List.of(CURATED.resolve("courses.yaml"),
                CURATED.resolve("enrolments.yaml"))))
                .extracting(Problem::toString).isEmpty();
    }

    @Test
    void curatedMethodsLoadFromTheirFolder() {
        Catalogue shipped = new CatalogueLoader().loadShipped();
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(shipped, List.of(CURATED));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.catalogue().method("courses.create")).isPresent();
        assertThat(loaded.catalogue().method("courses.list-categories")).isPresent();
        assertThat(loaded.catalogue().method("enrolments.list-users")).isPresent();
    }
}
