package io.moodleconnector.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.lint.CatalogueLinter;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalogue files are read within a bound, so {@code catalogue lint /dev/zero} ends with a problem, not an OOM. */
class CatalogueSourceBoundsTest {
    @TempDir
    Path dir;

    private static List<String> lint(Path file) {
        return new CatalogueLinter().lintPaths(List.of(file)).stream().map(Problem::toString).toList();
    }

    @Test
    void endlessDeviceIsRefusedAfterFourMebibytes() {
        assertThat(lint(Path.of("/dev/zero"))).singleElement().asString()
                .contains("/dev/zero").contains("larger than 4 MiB");
    }

    @Test
    void regularFileOverSixtyFourMebibytesIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.yaml");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(CatalogueSource.MAX_REGULAR_FILE_BYTES + 1L);
        }
        assertThat(lint(file)).singleElement().asString().contains("huge.yaml").contains("larger than 64 MiB");
    }
}
