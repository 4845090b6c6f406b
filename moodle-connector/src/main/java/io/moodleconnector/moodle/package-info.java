/**
 * The Moodle connector as a PF4J plugin: {@link io.moodleconnector.moodle.MoodleConnectorPlugin} (the plugin
 * class) and {@link io.moodleconnector.moodle.MoodleConnector} (the {@link io.moodleconnector.spi.Connector}
 * extension). Every method comes from the catalogue and runs through the generic
 * {@link io.moodleconnector.moodle.executor executor} over the {@link io.moodleconnector.moodle.transport transport}.
 */
package io.moodleconnector.moodle;
