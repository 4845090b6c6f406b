package io.moodleconnector.moodle;

import org.pf4j.Plugin;

/**
 * The plugin class PF4J instantiates (named by the {@code plugin.class} property of the build). It holds no state:
 * the {@link MoodleConnector} extension owns its resources and the host closes it before unloading the plugin.
 */
public class MoodleConnectorPlugin extends Plugin {
    /** The constructor PF4J calls (the non-deprecated, no-argument one). */
    public MoodleConnectorPlugin() {
        super();
    }
}
