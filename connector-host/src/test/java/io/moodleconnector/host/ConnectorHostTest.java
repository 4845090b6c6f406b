package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.Connector;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** {@link ConnectorHost} loads the packaged zip through PF4J's DefaultPluginManager, as a platform would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConnectorHostTest {
    @TempDir
    Path plugins;

    /** One host on the packaged zip, shared by the tests that only look at what it loaded (one instance per class). */
    private ConnectorHost shared;

    @BeforeAll
    void openShared(@TempDir Path sharedPlugins) {
        shared = ConnectorHost.open(PackagedPlugin.copyInto(sharedPlugins));
    }

    @AfterAll
    void closeShared() {
        shared.close();
    }

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
    void aPluginBuiltForAnotherContractVersionIsNotStarted() throws Exception {
        Path dir = PackagedPlugin.copyInto(plugins);
        try (java.util.stream.Stream<Path> zips = java.nio.file.Files.list(dir)) {
            Path zip = zips.filter(p -> p.toString().endsWith(".zip")).findFirst().orElseThrow();
            try (java.nio.file.FileSystem fs = java.nio.file.FileSystems.newFileSystem(zip)) {
                Path props = fs.getPath("plugin.properties");
                String text = java.nio.file.Files.readString(props)
                        .replaceAll("(?m)^plugin\\.requires=.*$", "plugin.requires=>=9.0.0");
                java.nio.file.Files.writeString(props, text);
            }
        }
        try (ConnectorHost host = ConnectorHost.open(dir)) {
            assertThat(host.connectors()).isEmpty();
            assertThatThrownBy(() -> host.connector("moodle"))
                    .isInstanceOf(ConnectorHostException.class)
                    .hasMessageContaining("DISABLED").hasMessageContaining("requires connector-spi >=9.0.0")
                    .hasMessageContaining("this host offers " + io.moodleconnector.spi.SpiVersion.VERSION);
        }
    }

    @Test
    void thePackagedPluginRequiresThisHostsContractVersion() {
        assertThat(shared.connectors()).extracting(c -> c.descriptor().id()).containsExactly("moodle");
    }

    @Test
    void packagedZipGivesTheMoodleConnector() {
        Connector moodle = shared.connector("moodle");
        assertThat(moodle.descriptor().id()).isEqualTo("moodle");
        assertThat(moodle.methods()).isNotEmpty();
    }

    @Test
    void connectorComesFromThePluginClassLoaderNotTheHostClasspath() {
        Connector moodle = shared.connector("moodle");
        assertThat(moodle.getClass().getClassLoader()).isInstanceOf(org.pf4j.PluginClassLoader.class);
        // The SPI interface is the host's own: the plugin did not bring a second copy.
        assertThat(Connector.class.getClassLoader()).isNotInstanceOf(org.pf4j.PluginClassLoader.class);
    }

    @Test
    void askingTwiceGivesTheSameConnectorInstance() {
        assertThat(shared.connector("moodle")).isSameAs(shared.connector("moodle"));
    }

    @Test
    void closingTwiceIsHarmless() {
        ConnectorHost host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
        host.close();
        assertThatCode(host::close).doesNotThrowAnyException();
    }
}
