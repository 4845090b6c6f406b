package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.Connector;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConnectorHost} loads the packaged zip through PF4J's DefaultPluginManager, as a platform would. */
class ConnectorHostTest {
    @TempDir
    Path plugins;

    @Test
    void missingPluginsFolderIsReportedWithItsPath() {
        Path missing = plugins.resolve("nowhere");
        assertThatThrownBy(() -> ConnectorHost.open(missing))
                .isInstanceOf(ConnectorHostException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("does not exist");
    }

    @Test
    void emptyFolderHasNoConnectorsAndSaysSo() {
        try (ConnectorHost host = ConnectorHost.open(plugins)) {
            assertThat(host.connectors()).isEmpty();
            assertThatThrownBy(() -> host.connector("moodle"))
                    .isInstanceOf(ConnectorHostException.class)
                    .hasMessageContaining("no connector 'moodle'").hasMessageContaining("no plugins found");
        }
    }

    @Test
    void packagedZipGivesTheMoodleConnector() {
        try (ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins))) {
            Connector moodle = host.connector("moodle");
            assertThat(moodle.descriptor().id()).isEqualTo("moodle");
            assertThat(moodle.methods()).isNotEmpty();
        }
    }

    @Test
    void connectorComesFromThePluginClassLoaderNotTheHostClasspath() {
        try (ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins))) {
            Connector moodle = host.connector("moodle");
            assertThat(moodle.getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);
            // The SPI interface is the host's own: the plugin did not bring a second copy.
            assertThat(Connector.class.getClassLoader()).isNotInstanceOf(org.pf4j.PluginClassLoader.class);
        }
    }

    @Test
    void askingTwiceGivesTheSameConnectorInstance() {
        try (ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins))) {
            assertThat(host.connector("moodle")).isSameAs(host.connector("moodle"));
        }
    }

    @Test
    void closingTwiceIsHarmless() {
        ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
        host.close();
        assertThatCode(host::close).doesNotThrowAnyException();
    }
}
