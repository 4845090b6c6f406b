package io.moodleconnector.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build check: METHODS.md's method table is the one generated from the shipped catalogue. */
class MethodsDocTest {
    @Test
    void methodsMdListsExactlyTheShippedMethods() throws IOException {
        String onDisk = Files.readString(Path.of("METHODS.md"), StandardCharsets.UTF_8);
        assertThat(onDisk).as("catalogue/METHODS.md is stale; regenerate it from the repository root with: "
                + MethodsDoc.REGENERATE).isEqualTo(MethodsDoc.withTable(onDisk, CatalogueSource.shipped()));
    }

    @Test
    void anEditedCatalogueMakesTheTableStale() {
        String doc = "# x\n\n## The methods\n\n| old |\n\n1 methods over 1 functions.\n";
        String shipped = MethodsDoc.withTable(doc, CatalogueSource.shipped());
        assertThat(shipped).contains("| Site | `site.info` | Get Site Info | `core_webservice_get_site_info` | read"
                + " | yes | yes |").endsWith("80 methods over 44 functions; the seed set: 62 methods over 26 functions.\n")
                .doesNotContain("| old |");
    }
}
