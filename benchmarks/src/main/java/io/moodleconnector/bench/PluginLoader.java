package io.moodleconnector.bench;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.Connector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The Moodle connector as a host gets it: the built plugin zip, copied into a folder of its own (PF4J unpacks it
 * there, away from the repository's plugins/), loaded by {@link ConnectorHost}. Not thread-safe to open or close;
 * the connector it holds is thread-safe.
 */
public final class PluginLoader implements AutoCloseable {
    private final Path dir;
    private final ConnectorHost host;

    private PluginLoader(Path dir, ConnectorHost host) {
        this.dir = dir;
        this.host = host;
    }

    /** Loads the plugin zip from plugins/ through PF4J. */
    public static PluginLoader open() {
        try {
            Path dir = Files.createTempDirectory("bench-plugins");
            Path zip = Repo.pluginZip();
            Files.copy(zip, dir.resolve(zip.getFileName()));
            return new PluginLoader(dir, ConnectorHost.open(dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Moodle connector the plugin provides. */
    public Connector connector() {
        return host.connector("moodle");
    }

    @Override
    public void close() {
        host.close();
        delete(dir);
    }

    /** Deletes a folder tree; a benchmark's leftovers are not worth failing over, so errors are rethrown unchecked. */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
