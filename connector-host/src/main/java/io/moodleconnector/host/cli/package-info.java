/**
 * The {@code connector} command-line tool: lists, describes and calls the methods of a connector plugin loaded
 * through {@link io.moodleconnector.host.ConnectorHost}, and checks a connection.
 *
 * <p>Results go to stdout as JSON; a failure is one JSON object on stderr and an exit code from one table,
 * {@link io.moodleconnector.host.cli.Failure}. The token is wrapped in a {@link io.moodleconnector.spi.Secret} the
 * moment it is read and is never printed.
 */
package io.moodleconnector.host.cli;
