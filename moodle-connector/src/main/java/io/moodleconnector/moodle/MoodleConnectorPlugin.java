package io.moodleconnector.moodle;

import org.pf4j.Plugin;

/**
 * The plugin class PF4J instantiates (named by the {@code plugin.class} property of the build). Stopping the plugin
 * releases what the plugin load owns ({@link PluginResources}: HTTP clients and threads, per-site budgets, cached
 * site info), which every connector instance of the load shares.
 */
public class MoodleConnectorPlugin extends Plugin {
    /** The constructor PF4J calls (the non-deprecated, no-argument one). */
    public MoodleConnectorPlugin() {
        super();
    }

    /** Starts building what the first connector will need (see {@link PluginResources#warmUp()}). */
    @Override
    public void start() {
        PluginResources.warmUp();
    }

    /** Releases the plugin load's HTTP clients, threads and per-site state; connectors must not be used after it. */
    @Override
    public void stop() {
        PluginResources.release();
    }
}
