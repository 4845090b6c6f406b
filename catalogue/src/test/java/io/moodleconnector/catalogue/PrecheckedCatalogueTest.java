package io.moodleconnector.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The prechecked form of the shipped catalogue: made by the build, used only when it matches the YAML. */
class PrecheckedCatalogueTest {
    private static final List<CatalogueSource> SHIPPED = CatalogueSource.shipped();

    @Test
    void theBuildWroteAPrecheckedFormOfTheShippedYaml() {
        Catalogue full = new CatalogueLoader().load(SHIPPED);
        assertThat(PrecheckedCatalogue.read(SHIPPED)).hasValueSatisfying(m -> assertThat(m).hasSize(
                full.methods().size() + full.probes().size()));
    }

    @Test
    void loadingTheShippedCatalogueGivesTheProbesTheFullLoadGives() {
        CatalogueLoader loader = new CatalogueLoader();
        assertThat(loader.loadShipped().probes()).isNotEmpty().isEqualTo(loader.load(SHIPPED).probes());
    }

    @Test
    void loadingTheShippedCatalogueGivesTheMethodsTheFullLoadGives() {
        CatalogueLoader loader = new CatalogueLoader();
        assertThat(loader.loadShipped().methods()).isEqualTo(loader.load(SHIPPED).methods());
    }

    @Test
    void theShippedSchemasAreCompiledOnThePrecheckedPath() {
        Catalogue c = new CatalogueLoader().loadShipped();
        assertThat(c.methods()).allSatisfy(m -> {
            assertThat(c.inputSchema(m.id())).isNotNull();
            assertThat(c.outputSchema(m.id())).isNotNull();
        });
    }

    @Test
    void aFormWrittenFromSomeFilesReadsBackAsTheirMethods() {
        List<CatalogueSource> two = SHIPPED.subList(0, 2);
        StringWriter w = new StringWriter();
        PrecheckedCatalogue.write(two, w);
        List<PrecheckedCatalogue.Method> read = PrecheckedCatalogue.read(
                new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)),
                PrecheckedCatalogue.digest(two)).orElseThrow();
        assertThat(read).extracting(m -> m.tree().get("id").asString())
                .isEqualTo(new CatalogueLoader().load(two).methods().stream().map(m -> m.id()).toList());
        assertThat(read.get(0).location()).isEqualTo(new CatalogueLoader().load(two).methods().get(0).location());
    }

    @Test
    void anEditedYamlFileIsNotReadFromAFormMadeBeforeTheEdit() {
        List<CatalogueSource> edited = new ArrayList<>(SHIPPED);
        CatalogueSource first = edited.get(0);
        edited.set(0, new CatalogueSource(first.name(), first.text() + "\n# edited\n"));
        assertThat(PrecheckedCatalogue.read(edited)).isEmpty();
    }

    @Test
    void aFormOfAnotherFormatVersionIsNotRead() {
        String other = "{\"format\": 99, \"checksum\": \"" + PrecheckedCatalogue.digest(SHIPPED) + "\", \"methods\": []}";
        assertThat(PrecheckedCatalogue.read(new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)),
                PrecheckedCatalogue.digest(SHIPPED))).isEmpty();
    }
}
