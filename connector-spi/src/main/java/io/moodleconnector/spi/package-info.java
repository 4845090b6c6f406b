/**
 * The contract between an integration platform (the host) and a connector plugin.
 *
 * <p>A host loads a connector through PF4J, finds its {@link io.moodleconnector.spi.Connector} extension, lists
 * its {@link io.moodleconnector.spi.MethodDescriptor methods}, and calls
 * {@link io.moodleconnector.spi.Connector#invoke invoke} with a method id, the caller's input and a
 * {@link io.moodleconnector.spi.Connection}. Everything that crosses this boundary is a plain JSON value built from
 * JDK types ({@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Long}, {@code BigDecimal},
 * {@code Double}, {@code Boolean} and {@code null}), so that a host on any JSON library, or none, can load the plugin.
 *
 * <p>Every type here is immutable and safe to share between threads, except where a type's Javadoc says otherwise.
 * Failures are unchecked {@link io.moodleconnector.spi.ConnectorException}s with a stable machine
 * {@linkplain io.moodleconnector.spi.ConnectorException#code() code}.
 *
 * <h2>Deadlines and cancellation</h2>
 * {@link io.moodleconnector.spi.Connector#invoke(String, java.util.Map, io.moodleconnector.spi.Connection,
 * io.moodleconnector.spi.CallOptions) invoke} takes {@link io.moodleconnector.spi.CallOptions}: a deadline, a
 * {@link io.moodleconnector.spi.Cancellation} handle the host may cancel from any thread, and a listener. The
 * calling thread's interrupt cancels too. On a cancel or at the deadline the HTTP exchange in progress is aborted,
 * a wait for the site's budget (requests per second, requests in flight) ends, and the call ends within 100 ms with
 * {@link io.moodleconnector.spi.CancelledException} ({@code cancelled}) or
 * {@link io.moodleconnector.spi.DeadlineExceededException} ({@code deadline_exceeded}). Waiting for the site's
 * budget counts against the deadline, and the time it took is reported (in the error and in the events); a read's
 * retries, and the pauses the site asks for with {@code Retry-After}, never run past it. The three-argument
 * {@code invoke} is the four-argument one with {@link io.moodleconnector.spi.CallOptions#DEFAULTS}.
 *
 * <h2>Events</h2>
 * A {@link io.moodleconnector.spi.CallListener} (no-op defaults, in the style of OkHttp's {@code EventListener})
 * hears each call's start and end (method, duration, outcome), every HTTP attempt (function, bytes, attempt,
 * status, duration), every retry, every wait for the site's budget and every chunk of a batch. A host passes one per
 * call ({@link io.moodleconnector.spi.CallOptions}) or one per connector
 * ({@link io.moodleconnector.spi.Connector#setCallListener}); both hear the call. Events are delivered on the
 * calling thread and never carry an input value, a reply body or the token; a listener that throws is ignored.
 *
 * <h2>Error model</h2>
 * Every failure is a {@link io.moodleconnector.spi.ConnectorException} with a stable
 * {@linkplain io.moodleconnector.spi.ConnectorException#code() code}, and two answers a host acts on without
 * {@code instanceof}: {@linkplain io.moodleconnector.spi.ConnectorException#retriable() retriable()} (may the same
 * call succeed later, without applying a write twice) and {@linkplain io.moodleconnector.spi.ConnectorException#outcome()
 * outcome()} ({@link io.moodleconnector.spi.Outcome}: applied, not applied, unknown). A write whose request was sent
 * and got no complete answer (a reset, a timeout, a cancel, the deadline) is {@code unknown} and never retriable.
 * The codes: {@code invalid_input} and {@code not_found} (the caller fixes the input; {@code not_found} names the
 * field, e.g. an unknown course), {@code authentication} and {@code permission} (the Moodle admin acts),
 * {@code remote_error} (Moodle's own error, verbatim), {@code transport} (the exchange failed),
 * {@code deadline_exceeded} and {@code cancelled} (the host's own limits), {@code partial_failure} (a batch in part:
 * its items say which), {@code unknown_method}.
 */
package io.moodleconnector.spi;
