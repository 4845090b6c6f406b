package io.moodleconnector.catalogue.lint;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.CatalogueException;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.catalogue.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused with a clear problem, never expanded, fetched or parsed without bound. */
class HostileInputTest {
    private static final CatalogueLinter LINTER = new CatalogueLinter();

    @TempDir
    Path dir;

    private static List<String> lint(Path file) {
        return LINTER.lintPaths(List.of(file)).stream()
                .map(p -> p.toString().replace(file.toString(), file.getFileName().toString()))
                .toList();
    }

    @Test
    void anAliasBombIsRefusedAtItsFirstAlias() {
        assertThat(lint(Fixtures.path("alias-bomb.yaml"))).containsExactly(
                "alias-bomb.yaml:2:8: /b/0: YAML aliases (*a) are not accepted in catalogue files; write the"
                        + " value out");
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() throws IOException {
        Path file = dir.resolve("deep.yaml");
        Files.writeString(file, "methods: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        List<String> problems = lint(file);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith("deep.yaml:1:").contains(": /methods/0/0/0/")
                .endsWith(": nesting deeper than 64 levels is not accepted");
    }

    @Test
    void aTwentyMegabyteDocumentIsRefusedWithoutParsing() throws IOException {
        Path file = dir.resolve("huge.yaml");
        String huge = "methods: []\n# " + "x".repeat(20 * 1024 * 1024) + "\n";
        Files.writeString(file, huge);
        assertThat(lint(file)).containsExactly("huge.yaml:1:1: /: the file has " + huge.length()
                + " characters; at most 1048576 are accepted");
    }

    @Test
    void aRemoteRefIsRefusedWithoutFetching() {
        assertThat(lint(Fixtures.path("remote-ref.yaml"))).containsExactly(
                "remote-ref.yaml:13:20: /methods/0/input/properties/courseid/$ref: $ref 'https://example.com/x.json'"
                        + " refused: only local references (#/...) are accepted; nothing is fetched from the network"
                        + " or disk");
    }

    @Test
    void theLoaderRefusesARemoteRefToo() {
        CatalogueSource source = CatalogueSource.of(Fixtures.path("remote-ref.yaml"));
        CatalogueException e = Assertions.catchThrowableOfType(CatalogueException.class,
                () -> new CatalogueLoader().load(List.of(source)));
        assertThat(e.problems()).extracting(Problem::pointer)
                .containsExactly("/methods/0/input/properties/courseid/$ref");
    }

    @Test
    @Timeout(10)
    void theLoaderRefusesAnAliasBombAtItsFirstAlias() {
        assertThat(loaderProblems(Fixtures.path("alias-bomb.yaml"))).extracting(Problem::pointer)
                .containsExactly("/b/0");
    }

    @Test
    @Timeout(10)
    void theLoaderRefusesTenThousandLevelsOfNesting() throws IOException {
        Path file = dir.resolve("deep.yaml");
        Files.writeString(file, "methods: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        List<Problem> problems = loaderProblems(file);
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).message()).isEqualTo("nesting deeper than 64 levels is not accepted");
    }

    @Test
    @Timeout(10)
    void theLoaderRefusesATwentyMegabyteDocumentWithoutParsing() throws IOException {
        Path file = dir.resolve("huge.yaml");
        String huge = "methods: []\n# " + "x".repeat(20 * 1024 * 1024) + "\n";
        Files.writeString(file, huge);
        assertThat(loaderProblems(file)).extracting(Problem::message)
                .containsExactly("the file has " + huge.length() + " characters; at most 1048576 are accepted");
    }

    private static List<Problem> loaderProblems(Path file) {
        CatalogueException e = Assertions.catchThrowableOfType(CatalogueException.class,
                () -> new CatalogueLoader().load(List.of(CatalogueSource.of(file))));
        assertThat(e).as("the loader's refusal").isNotNull();
        return e.problems();
    }
}
