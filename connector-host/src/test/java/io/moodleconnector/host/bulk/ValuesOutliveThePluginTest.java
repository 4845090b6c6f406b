package io.moodleconnector.host.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PartialFailureException;
import io.moodleconnector.spi.Secret;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * A platform may stop or hot-reload a plugin while it still holds results: everything that crossed the SPI (a
 * result, a partial failure, its items, their errors and causes) is made of JDK and SPI types, so it serialises
 * after the packaged plugin was stopped, unloaded and its class loader closed.
 */
class ValuesOutliveThePluginTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aResultAndAPartialFailureSerialiseAfterThePluginIsUnloaded(@TempDir Path plugins) {
        MethodResult info;
        PartialFailureException partial;
        try (MoodleSandbox moodle = MoodleSandbox.builder().port(0).debug(true).build().start()) {
            Connection connection = Connection.of(moodle.url(), Secret.of(moodle.token()));
            ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
            Connector connector = host.connector("moodle");
            info = connector.invoke("site.info", Map.of(), connection);
            partial = catchThrowableOfType(PartialFailureException.class, () -> connector.invoke(
                    "users.create-batch", BulkUsers.batch(12, Set.of(4)), connection));
            host.close(); // stops and unloads the plugin: its class loader is closed
        }

        assertThat(JSON.writeValueAsString(info.data())).contains("\"sitename\":\"Moodle Lab\"");
        assertThat(JSON.writeValueAsString(partial.partialResult().data())).contains("bulk11");
        List<Map<String, Object>> items = new ArrayList<>();
        for (ItemOutcome i : partial.items()) {
            items.add(Map.of("status", i.status().name(), "data", String.valueOf(i.data()),
                    "error", i.error() == null ? "" : i.error().toString()));
        }
        assertThat(JSON.writeValueAsString(items)).contains("FAILED").contains("Username already exists: labstudent1");
        StringWriter trace = new StringWriter();
        partial.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).contains("PartialFailureException");
        assertOnlyJdkAndSpiTypes(info.data());
        assertOnlyJdkAndSpiTypes(partial.partialResult().data());
        for (ItemOutcome i : partial.items()) {
            assertOnlyJdkAndSpiTypes(i.data());
            for (Throwable t = i.error(); t != null; t = t.getCause()) {
                assertPortable(t.getClass());
            }
        }
    }

    private static void assertOnlyJdkAndSpiTypes(Object value) {
        if (value == null) {
            return;
        }
        assertPortable(value.getClass());
        if (value instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                assertPortable(k.getClass());
                assertOnlyJdkAndSpiTypes(v);
            });
        } else if (value instanceof List<?> l) {
            l.forEach(ValuesOutliveThePluginTest::assertOnlyJdkAndSpiTypes);
        }
    }

    private static void assertPortable(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        assertThat(loader == null || loader == ClassLoader.getPlatformClassLoader()
                || type.getPackageName().equals(ConnectorException.class.getPackageName()))
                .as(type.getName() + " is a JDK or SPI type").isTrue();
    }
}
