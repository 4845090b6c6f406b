package io.moodleconnector.host.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin, loaded through PF4J, reports its calls to a host's Micrometer registry. */
class MicrometerThroughPluginTest {
    private static final String TOKEN = "b01dfaceb01dfaceb01dfaceb01dface";

    @StartStop
    final MockWebServer moodle = new MockWebServer();

    private static MockResponse json(String body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build();
    }

    @Test
    void callsAndRequestsAreTimedByMethodAndOutcome(@TempDir Path plugins) {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        moodle.enqueue(new MockResponse.Builder().code(502).build());
        moodle.enqueue(json("{\"sitename\":\"Moodle Lab\",\"username\":\"cyclr_ws\",\"userid\":3,\"siteurl\":\"http://127.0.0.1\",\"functions\":[]}"));
        moodle.enqueue(json("{\"exception\":\"moodle_exception\",\"errorcode\":\"invalidtoken\",\"message\":\"x\"}"));
        try (ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins))) {
            Connector connector = host.connector("moodle");
            connector.setCallListener(new MicrometerCallListener(registry));
            Connection connection = Connection.of(moodle.url("/").toString(), Secret.of(TOKEN));
            connector.invoke("site.info", Map.of(), connection);
            catchThrowable(() -> connector.invoke("site.info", Map.of(), connection));
        }
        assertThat(registry.get("connector.calls").tags("method", "site.info", "outcome", "ok").timer().count())
                .isEqualTo(1);
        assertThat(registry.get("connector.calls").tags("method", "site.info", "outcome", "authentication").timer()
                .count()).isEqualTo(1);
        assertThat(registry.get("connector.requests").tags("status", "502").timer().count()).isEqualTo(1);
        assertThat(registry.get("connector.requests").tags("status", "200").timer().count()).isEqualTo(2);
        assertThat(registry.get("connector.retries").tags("method", "site.info").counter().count()).isEqualTo(1);
    }
}
