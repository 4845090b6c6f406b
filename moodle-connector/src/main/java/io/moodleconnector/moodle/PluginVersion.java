package io.moodleconnector.moodle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The connector's version, as the build recorded it in the jar; {@code 0.0.0-dev} when run from classes. */
final class PluginVersion {
    private static final String POM_PROPERTIES = "/META-INF/maven/io.moodleconnector/moodle-connector/pom.properties";

    private PluginVersion() {
    }

    static String get() {
        String version = MoodleConnector.class.getPackage().getImplementationVersion();
        if (version != null) {
            return version;
        }
        try (InputStream in = MoodleConnector.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "0.0.0-dev");
            }
        } catch (IOException e) {
            // An unreadable version is not worth failing the plugin for: fall through to the development version.
            return "0.0.0-dev";
        }
        return "0.0.0-dev";
    }
}
