package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodDescriptor;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every method the packaged plugin offers (loaded through PF4J from a copy of the zip) is invoked once against a
 * fresh sandbox with the first example its catalogue entry gives, and its result must validate against the method's
 * output schema. Driven by {@code connector.methods()}: a method added to the catalogue is tested without a change
 * here.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryMethodAgainstSandboxTest {
    /** Plain JSON values as the SPI defines them: integers as Long, decimals as BigDecimal. */
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS, DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    @TempDir
    static Path plugins;

    private ConnectorHost host;
    private Connector connector;
    private Catalogue catalogue;

    @BeforeAll
    void loadPlugin() {
        host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
        connector = host.connector("moodle");
        catalogue = new CatalogueLoader().loadShipped();
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    @TestFactory
    Stream<DynamicTest> everyMethodSucceedsWithItsFirstExampleAndMatchesItsOutputSchema() {
        assertThat(connector.methods()).hasSizeGreaterThanOrEqualTo(50);
        return connector.methods().stream().map(m -> dynamicTest(m.id(), () -> invokeFirstExample(m)));
    }

    private void invokeFirstExample(MethodDescriptor method) {
        MethodDefinition definition = catalogue.method(method.id()).orElseThrow();
        assertThat(definition.examples()).as("examples of " + method.id()).isNotEmpty();
        Map<String, Object> input = plain(definition.examples().get(0));
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).debug(true).build().start()) {
            Connection connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()));
            SandboxFixture.forMethod(method.id()).apply(connector, connection);
            long before = sandbox.requestCount();

            MethodResult result = connector.invoke(method.id(), input, connection);

            assertThat(sandbox.requestCount() - before).as("requests sent").isEqualTo(result.requests())
                    .isPositive();
            assertThat(sandbox.requests().get(sandbox.requests().size() - 1).function()).isEqualTo(method.function());
            Schema schema = catalogue.outputSchema(method.id());
            JsonNode data = JSON.valueToTree(result.data());
            assertThat(schema.validate(data)).as(method.id() + " data " + data).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(JsonNode example) {
        return JSON.convertValue(example, Map.class);
    }
}
