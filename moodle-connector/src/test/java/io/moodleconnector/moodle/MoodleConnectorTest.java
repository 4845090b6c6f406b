package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.ConnectionField;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.MethodDescriptor;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.UnknownMethodException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class MoodleConnectorTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void descriptorNamesTheConnectorAndItsConnectionFields() {
        try (MoodleConnector c = new MoodleConnector()) {
            assertThat(c.descriptor().id()).isEqualTo("moodle");
            assertThat(c.descriptor().name()).isEqualTo("Moodle LMS");
            assertThat(c.descriptor().connectionFields()).extracting(ConnectionField::name, ConnectionField::secret)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("url", false),
                            org.assertj.core.groups.Tuple.tuple("token", true));
        }
    }

    @Test
    void shippedCatalogueMethodsAreDescribedWithPlainJsonSchemas() {
        try (MoodleConnector c = new MoodleConnector()) {
            MethodDescriptor info = c.method("site.info");
            assertThat(info.function()).isEqualTo("core_webservice_get_site_info");
            assertThat(info.readOnly()).isTrue();
            assertThat(info.inputSchema()).containsEntry("type", "object");
            assertThat(info.capabilities()).contains("webservice/rest:use");
        }
    }

    @Test
    void unknownMethodIsRefused() {
        try (MoodleConnector c = new MoodleConnector()) {
            assertThatThrownBy(() -> c.invoke("no.such", Map.of(), Fixtures.connection(server)))
                    .isInstanceOf(UnknownMethodException.class);
        }
    }

    @Test
    void invalidInputIsRefusedAndNothingIsSent() {
        try (MoodleConnector c = new MoodleConnector(Fixtures.catalogue("shapes.yaml"))) {
            assertThatThrownBy(() -> c.invoke("shapes.groups-create", Map.of("groups", List.of(Map.of("courseid", 0))),
                    Fixtures.connection(server)))
                    .isInstanceOf(io.moodleconnector.spi.InvalidInputException.class)
                    .hasMessageContaining("/groups/0/name").hasMessageContaining("/groups/0/courseid");
            assertThat(server.getRequestCount()).isZero();
        }
    }

    @Test
    void checkReportsSiteUserAndWhichMethodsTheServiceAllows() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body(Samples.responseBody("core_webservice_get_site_info", "no parameters")).build());
        // Without capability probes in the catalogue, the service's function list alone decides (one request). The
        // recorded lab service holds the seed set's 26 functions only, so the methods beyond it are left out.
        List<io.moodleconnector.catalogue.CatalogueSource> noProbes = new java.util.ArrayList<>(
                io.moodleconnector.catalogue.CatalogueSource.shipped().stream()
                        .filter(s -> !s.name().equals("probes.yaml") && !s.name().equals("platform.yaml"))
                        .toList());
        noProbes.add(io.moodleconnector.catalogue.CatalogueSource.of(
                java.nio.file.Path.of("src/test/resources/catalogue/shapes.yaml")));
        try (MoodleConnector c = new MoodleConnector(
                new io.moodleconnector.catalogue.CatalogueLoader().load(noProbes))) {
            ConnectionReport report = c.check(Fixtures.connection(server));
            assertThat(report.siteName()).isEqualTo("Moodle Lab");
            assertThat(report.release()).isEqualTo("4.5.5+ (Build: 20250613)");
            assertThat(report.username()).isEqualTo("cyclr_ws");
            assertThat(report.userId()).isEqualTo(3);
            assertThat(report.https()).isFalse();
            assertThat(report.functions()).contains("core_user_create_users").hasSize(26);
            assertThat(report.methods()).extracting(ConnectionReport.MethodStatus::methodId)
                    .contains("site.info", "shapes.users-create");
            assertThat(report.allUsable()).isTrue();
        }
    }

    @Test
    void warningsAreLiftedAndNumericStringsConverted() {
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(
                "{\"grades\":[{\"courseid\":3,\"grade\":\"-\",\"rawgrade\":null},{\"courseid\":2,\"grade\":\"87.50\","
                        + "\"rawgrade\":\"87.50000\"}],\"warnings\":[{\"item\":\"course\",\"itemid\":4,"
                        + "\"warningcode\":\"notenrolled\",\"message\":\"m\"}]}").build());
        try (MoodleConnector c = new MoodleConnector(Fixtures.catalogue("shapes.yaml"))) {
            MethodResult r = c.invoke("shapes.grades-overview", Map.of("userid", 6), Fixtures.connection(server));
            List<?> grades = (List<?>) r.data();
            assertThat(((Map<?, ?>) grades.get(0)).get("grade")).isNull();
            assertThat(((java.math.BigDecimal) ((Map<?, ?>) grades.get(1)).get("grade")))
                    .isEqualByComparingTo("87.5");
            assertThat(r.warnings()).extracting(w -> w.get("warningcode")).containsExactly("notenrolled");
        }
    }

    @Test
    void resultsArePlainUnmodifiableValues() {
        server.enqueue(new MockResponse.Builder().body(Fixtures.siteInfoReply("x", "\"a\":[1.5,true]")).build());
        try (MoodleConnector c = new MoodleConnector()) {
            Map<?, ?> data = (Map<?, ?>) c.invoke("site.info", Map.of(), Fixtures.connection(server)).data();
            assertThat(data.get("userid")).isEqualTo(3L);
            assertThat(data.get("a")).isEqualTo(List.of(new java.math.BigDecimal("1.5"), true));
            assertThatThrownBy(() -> data.clear())
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @Test
    void closedConnectorRefusesCalls() {
        MoodleConnector c = new MoodleConnector();
        c.close();
        c.close();
        assertThatThrownBy(() -> c.invoke("site.info", Map.of(), Fixtures.connection(server)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void connectorIsIndexedAsAPf4jExtension() throws Exception {
        Path index = Path.of("target/classes/META-INF/extensions.idx");
        assertThat(Files.readString(index, StandardCharsets.UTF_8)).contains(MoodleConnector.class.getName());
        assertThat(MoodleConnectorPlugin.class.getConstructor()).isNotNull();
    }

    @Test
    void validateRefusesPlainHttpToARemoteHostAtTheUrlPointer() {
        try (MoodleConnector c = new MoodleConnector()) {
            assertThat(c.validate(Map.of("url", "http://lms.example.edu", "token", Fixtures.FAKE_TOKEN)))
                    .singleElement().satisfies(v -> {
                        assertThat(v.pointer()).isEqualTo("/url");
                        assertThat(v.message()).contains("allowPlainHttp");
                    });
        }
    }

    @Test
    void validateAcceptsPlainHttpWhenAllowedAndToLoopback() {
        try (MoodleConnector c = new MoodleConnector()) {
            assertThat(c.validate(Map.of("url", "http://lms.example.edu", "token", Fixtures.FAKE_TOKEN,
                    "allowPlainHttp", true))).isEmpty();
            assertThat(c.validate(Map.of("url", "http://127.0.0.1:8080", "token", Fixtures.FAKE_TOKEN))).isEmpty();
        }
    }

    @Test
    void descriptorGivesTheConnectionSpecWithTheMoodleFieldDescriptions() {
        try (MoodleConnector c = new MoodleConnector()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> token = (Map<String, Object>) ((Map<?, ?>) c.descriptor().connectionSpec()
                    .get("properties")).get("token");
            assertThat(token).containsEntry("title", "Web service token").containsEntry("secret", true);
        }
    }

    @Test
    void checkCachesTheSiteInfoInThePluginsPerSiteState() {
        // A real site (the sandbox): check() also runs the capability probes, which a one-reply fake cannot answer.
        try (io.moodleconnector.sandbox.MoodleSandbox sandbox = io.moodleconnector.sandbox.MoodleSandbox.builder()
                .build().start(); MoodleConnector a = new MoodleConnector()) {
            io.moodleconnector.spi.Connection c = io.moodleconnector.spi.Connection.of(sandbox.url(),
                    io.moodleconnector.spi.Secret.of(sandbox.token()));
            a.check(c);
            assertThat(PluginResources.transport().site(c.withOptions(c.options().toBuilder()
                    .callTimeout(java.time.Duration.ofSeconds(7)).build())).siteInfo())
                    .hasValueSatisfying(info -> assertThat(info).containsEntry("sitename", "Moodle Lab"));
        }
    }
}
