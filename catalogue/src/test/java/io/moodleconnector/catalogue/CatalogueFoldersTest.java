package io.moodleconnector.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Extra catalogue files from folders: the good ones load after the shipped catalogue, a bad one is left out. */
class CatalogueFoldersTest {
    private static Catalogue shipped;

    @BeforeAll
    static void loadShipped() {
        shipped = new CatalogueLoader().loadShipped();
    }

    private static Path folderWith(Path dir, String... files) throws IOException, URISyntaxException {
        for (String f : files) {
            Path source = Path.of(CatalogueFoldersTest.class.getResource("/folders/" + f).toURI());
            Files.copy(source, dir.resolve(f));
        }
        return dir;
    }

    private static List<String> problems(CatalogueFolders.Loaded loaded, Path dir) {
        return loaded.problems().stream().map(p -> p.toString().replace(dir + "/", "")).toList();
    }

    @Test
    void aGoodFileAddsItsMethodsAfterTheShippedOnes(@TempDir Path dir) throws Exception {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(shipped, List.of(folderWith(dir, "enrolled-users.yaml")));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.catalogue().methods()).hasSize(shipped.methods().size() + 1);
        assertThat(loaded.catalogue().methods().get(shipped.methods().size()).id()).isEqualTo("custom.enrolled-users");
        assertThat(loaded.catalogue().inputSchema("custom.enrolled-users")).isNotNull();
    }

    @Test
    void aBadFileIsLeftOutWithItsProblemsAndTheOthersLoad(@TempDir Path dir) throws Exception {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(shipped,
                List.of(folderWith(dir, "broken.yaml", "enrolled-users.yaml")));
        assertThat(problems(loaded, dir)).containsExactly(
                "broken.yaml:13:35: /methods/0/input/properties/courseid/minimun: unknown key 'minimun'; did you"
                        + " mean 'minimum'?");
        assertThat(loaded.catalogue().method("custom.broken")).isEmpty();
        assertThat(loaded.catalogue().method("custom.enrolled-users")).isPresent();
    }

    @Test
    void anIdOfAShippedMethodIsRefusedUnlessTheFileOverridesIt(@TempDir Path dir) throws Exception {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(shipped, List.of(folderWith(dir, "collides.yaml")));
        assertThat(problems(loaded, dir)).containsExactly(
                "collides.yaml:2:5: /methods/0/id: method id 'site.info' is a shipped method's; choose another id,"
                        + " or list it under 'overrides' to replace the shipped method");
        assertThat(loaded.catalogue().method("site.info").orElseThrow().description())
                .isEqualTo(shipped.method("site.info").orElseThrow().description());
    }

    @Test
    void aFileThatOverridesAShippedMethodReplacesIt(@TempDir Path dir) throws Exception {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(shipped, List.of(folderWith(dir, "overrides.yaml")));
        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.catalogue().methods()).hasSize(shipped.methods().size());
        assertThat(loaded.catalogue().method("site.info").orElseThrow().description())
                .isEqualTo("The site's info, as this host wants it.");
    }

    @Test
    void aMissingFolderIsAProblemNotAnException(@TempDir Path dir) {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(shipped, List.of(dir.resolve("nowhere")));
        assertThat(loaded.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("cannot list the catalogue folder"));
        assertThat(loaded.catalogue().methods()).hasSize(shipped.methods().size());
    }
}
