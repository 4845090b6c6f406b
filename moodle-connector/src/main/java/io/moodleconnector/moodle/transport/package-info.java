/**
 * Moodle's REST transport: one OkHttp client per distinct {@link io.moodleconnector.spi.Connection}, all sharing one
 * dispatcher and connection pool, with per-connection limits on requests in flight and per second, bounded reply
 * size, HTTPS enforcement and retries for read methods only. A reply body is never held whole: a
 * {@link io.moodleconnector.moodle.transport.ReplyReader} reads it as it streams in, through a
 * {@link io.moodleconnector.moodle.transport.BoundedBody} that counts it against the size limit.
 *
 * <p>{@link io.moodleconnector.moodle.transport.MoodleTransport} is thread-safe and lives as long as the connector;
 * {@link io.moodleconnector.moodle.transport.MoodleTransport#close()} releases its threads and sockets. Bodies and
 * tokens are never logged.
 */
package io.moodleconnector.moodle.transport;
