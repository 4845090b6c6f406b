package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodDescriptor;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * End to end through the real plugin: the packaged zip, loaded by PF4J, calls the site-info function on a loopback
 * server that answers with the body a real Moodle 4.5 site sent, and the request matches what that site received.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteInfoThroughPluginTest {
    private static final String FUNCTION = "core_webservice_get_site_info";
    private static final String TOKEN = "5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e";

    /** One host on the packaged zip for the class (one instance per class): it serves any number of calls. */
    private ConnectorHost host;

    private MockWebServer moodle;

    @BeforeAll
    void openHost(@TempDir Path plugins) {
        host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    @BeforeEach
    void startMoodle() throws IOException {
        moodle = new MockWebServer();
        moodle.start();
    }

    @AfterEach
    void stopMoodle() {
        moodle.close();
    }

    private static MethodDescriptor siteInfo(Connector connector) {
        return connector.methods().stream().filter(m -> m.function().equals(FUNCTION)).findFirst().orElseThrow();
    }

    private MethodResult callSiteInfo(JsonNode exchange) {
        moodle.enqueue(new MockResponse.Builder()
                .code(exchange.get("response").get("http_status").asInt())
                .setHeader("Content-Type", exchange.get("response").get("content_type").asString())
                .body(exchange.get("response").get("body").asString())
                .build());
        Connector connector = host.connector("moodle");
        Connection connection = Connection.of(moodle.url("/").toString(), Secret.of(TOKEN));
        return connector.invoke(siteInfo(connector).id(), Map.of(), connection);
    }

    @Test
    void requestIsExactlyWhatMoodleReceived() throws InterruptedException {
        JsonNode exchange = MoodleSamples.exchange(FUNCTION);
        callSiteInfo(exchange);

        RecordedRequest request = moodle.takeRequest(5, TimeUnit.SECONDS);
        JsonNode expected = exchange.get("request");
        assertThat(request.getRequestLine()).isEqualTo("POST /webservice/rest/server.php HTTP/1.1");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo(expected.get("content_type").asString());
        assertThat(request.getBody().utf8())
                .isEqualTo(expected.get("body").asString().replace("wstoken=TOKEN", "wstoken=" + TOKEN))
                .isEqualTo("wstoken=" + TOKEN + "&wsfunction=" + FUNCTION + "&moodlewsrestformat=json");
    }

    @Test
    void replyBecomesTheSiteInfoData() {
        MethodResult result = callSiteInfo(MoodleSamples.exchange(FUNCTION));

        assertThat(result.data()).isInstanceOf(Map.class);
        Map<?, ?> data = (Map<?, ?>) result.data();
        assertThat(data.get("sitename")).isEqualTo("Moodle Lab");
        assertThat(data.get("username")).isEqualTo("cyclr_ws");
        assertThat(result.requests()).isEqualTo(1);
    }

    @Test
    void siteInfoIsOneOfTheMethodsTheHostLists() {
        MethodDescriptor method = siteInfo(host.connector("moodle"));
        assertThat(method.readOnly()).isTrue();
        assertThat(method.inputSchema()).containsEntry("type", "object");
    }
}
