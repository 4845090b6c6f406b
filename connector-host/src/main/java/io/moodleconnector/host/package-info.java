/**
 * The reference host: an embeddable API that loads connector plugins through PF4J and hands out their
 * {@link io.moodleconnector.spi.Connector} extensions.
 *
 * <p>Start with {@link io.moodleconnector.host.ConnectorHost#open(java.nio.file.Path)} on a folder of plugin zips,
 * use {@link io.moodleconnector.host.ConnectorHost#connector(String)}, and close the host when done. The command-line
 * tool in {@code io.moodleconnector.host.cli} is built on this API and nothing else.
 */
package io.moodleconnector.host;
