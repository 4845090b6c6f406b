package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The plugin zip the build packaged into the repository's plugins/ folder, and copies of it in a test's own folder
 * (PF4J unpacks a zip beside itself, and tests must not write into the repository).
 */
public final class PackagedPlugin {
    private PackagedPlugin() {
    }

    /** The packaged zip; fails the test with the fix when the build has not made it. */
    public static Path zip() {
        Path zip = Path.of(System.getProperty("plugins.dir"), System.getProperty("plugin.zip.name"));
        assertThat(zip).as("the plugin zip; moodle-connector must be packaged first (mvn -B verify)").isRegularFile();
        return zip;
    }

    /** Copies the packaged zip into {@code pluginsDir} and answers that folder. */
    public static Path copyInto(Path pluginsDir) {
        Path zip = zip();
        try {
            Files.copy(zip, pluginsDir.resolve(zip.getFileName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pluginsDir;
    }
}
