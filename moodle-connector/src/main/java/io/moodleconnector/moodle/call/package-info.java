/**
 * What one call carries through every stage and the transport: its deadline, its cancellation (the host's
 * {@link io.moodleconnector.spi.Cancellation} handle and the calling thread's interrupt) and its events.
 *
 * <p>{@link io.moodleconnector.moodle.call.CallScope} is made once per {@code Connector.invoke} and passed down; the
 * executor and the transport both depend on this package, which depends on neither, so neither needs the other's
 * internals for it. {@link io.moodleconnector.moodle.call.Events} delivers a call's events to the host's listeners
 * (a listener that throws is logged and ignored) and logs each at debug through SLF4J, never with a secret.
 */
package io.moodleconnector.moodle.call;
