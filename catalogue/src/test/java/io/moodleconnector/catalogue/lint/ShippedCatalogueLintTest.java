package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.Problem;
import org.junit.jupiter.api.Test;

/** The catalogue the connector ships passes every check, seed coverage included. */
class ShippedCatalogueLintTest {
    @Test
    void theShippedCatalogueHasNoProblems() {
        assertThat(new CatalogueLinter().lintShipped()).extracting(Problem::toString).isEmpty();
    }
}
