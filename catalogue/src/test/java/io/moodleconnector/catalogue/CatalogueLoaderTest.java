package io.moodleconnector.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.SourceLocation;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The loader: YAML, meta-schema, model, compiled schemas; every problem of every file before failing. */
class CatalogueLoaderTest {
    private final CatalogueLoader loader = new CatalogueLoader();

    private static CatalogueSource fixture(String name) {
        try {
            Path p = Paths.get(CatalogueLoaderTest.class.getResource("/lint-fixtures/" + name).toURI());
            return new CatalogueSource(name, CatalogueSource.of(p).text());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachMethodKnowsTheLineAndColumnItWasDeclaredAt() {
        Catalogue c = loader.load(List.of(fixture("valid.yaml")));
        assertThat(c.methods()).extracting(MethodDefinition::location).containsExactly(
                new SourceLocation("valid.yaml", 2, 5), new SourceLocation("valid.yaml", 29, 5),
                new SourceLocation("valid.yaml", 59, 5));
    }

    @Test
    void aLookupKeepsItsParametersInDeclarationOrder() {
        Catalogue c = loader.load(List.of(fixture("lookup-parameters.yaml")));
        assertThat(c.methods().get(1).lookups().get(0).parameters())
                .containsExactly(Map.entry("/groupingid", "/assignments/*/groupingid"));
    }

    @Test
    void aShippedTextInputLongerThanMoodlesColumnIsRefusedAtItsField() {
        Catalogue c = loader.loadShipped();
        var input = JsonMapper.builder().build().createObjectNode().put("courseid", 2).put("name", "x".repeat(255));
        assertThat(OfflineSchemas.validate(c.inputSchema("groups.create"), input)).extracting(SchemaIssue::pointer)
                .containsExactly("/name");
    }

    @Test
    void inputSchemasAreCompiledAndValidate() {
        Catalogue c = loader.load(List.of(fixture("valid.yaml")));
        var mapper = JsonMapper.builder().build();
        assertThat(c.inputSchema("fixture.groups-list").validate(mapper.readTree("{\"courseid\": 0}")))
                .hasSize(1);
        assertThat(c.outputSchema("fixture.groups-delete").validate(mapper.readTree("{\"success\": true}")))
                .isEmpty();
    }

    @Test
    void problemsOfEveryFileAreCollectedBeforeFailing() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> loader.load(List.of(fixture("typo-key.yaml"), fixture("remote-ref.yaml"))));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                "typo-key.yaml:2:5: /methods/0: required property 'function' not found",
                "typo-key.yaml:6:5: /methods/0/fuction: unknown key 'fuction'; did you mean 'function'?",
                "remote-ref.yaml:13:20: /methods/0/input/properties/courseid/$ref: $ref 'https://example.com/x.json'"
                        + " refused: only local references (#/...) are accepted; nothing is fetched from the"
                        + " network or disk");
    }

    @Test
    void anIdDeclaredInTwoFilesIsAProblemAtTheSecond() {
        CatalogueSource copy = new CatalogueSource("copy.yaml", fixture("valid.yaml").text());
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> loader.load(List.of(fixture("valid.yaml"), copy)));
        assertThat(e.problems()).extracting(Problem::toString).first()
                .isEqualTo("copy.yaml:2:5: /methods/0/id: duplicate method id 'fixture.groups-list'; first declared"
                        + " at valid.yaml:2:5");
    }

    @Test
    void invalidYamlIsAProblemWithItsLine() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> loader.load(List.of(new CatalogueSource("broken.yaml", "methods:\n  - id: [x\n"))));
        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).toString()).startsWith("broken.yaml:2:").contains("not valid YAML");
    }

    @Test
    void aDuplicateKeyIsRefused() {
        CatalogueException e = catchThrowableOfType(CatalogueException.class,
                () -> loader.load(List.of(new CatalogueSource("dup.yaml", "methods: []\nmethods: []\n"))));
        assertThat(e.problems()).extracting(Problem::toString)
                .containsExactly("dup.yaml:2:1: /methods: duplicate key 'methods'");
    }
}
