/**
 * The contract between an integration platform (the host) and a connector plugin, version
 * {@value io.moodleconnector.spi.SpiVersion#VERSION}.
 *
 * <p>A host loads a connector through PF4J, finds its {@link io.moodleconnector.spi.Connector} extension, lists
 * its {@link io.moodleconnector.spi.MethodDescriptor methods}, and calls
 * {@link io.moodleconnector.spi.Connector#invoke invoke} with a method id, the caller's input and a
 * {@link io.moodleconnector.spi.Connection}. Everything that crosses this boundary is a plain JSON value built from
 * JDK types ({@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Long}, {@code BigDecimal},
 * {@code Double}, {@code Boolean} and {@code null}; a map may be the SPI's own compact
 * {@link io.moodleconnector.spi.CompactMap}, a list the SPI's own compact list), so that a host on any JSON library, or none, can load the plugin, and
 * so that results and errors stay usable after the plugin is stopped and its class loader closed.
 *
 * <h2>Connections</h2>
 * {@link io.moodleconnector.spi.ConnectorDescriptor#connectionSpec()} describes a connection config as a JSON Schema
 * 2020-12 (URL, token marked {@code writeOnly} and {@code secret}, and every tuning option with its type, default,
 * bounds and description), for a host to render as a form. {@link io.moodleconnector.spi.Connector#validate} checks
 * a config offline and lists every problem with the JSON Pointer of its field;
 * {@link io.moodleconnector.spi.Connection#from} builds the connection from a config that passed.
 *
 * <h2>What a host must do</h2>
 * <ul>
 *   <li><b>Declare the contract.</b> Call {@code pluginManager.setSystemVersion(SpiVersion.VERSION)} before
 *       {@code loadPlugins()}: a plugin states the contract range it was built for ({@code Plugin-Requires}, e.g.
 *       {@code >=0.2.1 & <0.3.0}) and PF4J then refuses, at load and with the reason, a plugin built for another
 *       contract, instead of a linkage error later.</li>
 *   <li><b>Provide, never bundle, the shared classes.</b> The host's class path holds this SPI, PF4J and slf4j-api
 *       (connector-bom gives their versions); the plugin zip holds its private libraries, which stay invisible to the
 *       host.</li>
 *   <li><b>Ask for connectors as often as it likes.</b> PF4J's default extension factory makes a new connector on
 *       every {@code getExtensions} call; a {@code SingletonExtensionFactory} makes one. Either is correct: a
 *       connector instance is a cheap view, and what must exist once (HTTP clients and threads, compiled schemas,
 *       the per-site budget, cached site info) belongs to the plugin load.</li>
 *   <li><b>Stop the plugin to release it.</b> {@code stopPlugin(id)} releases the HTTP clients, threads and
 *       per-site state of the plugin load; {@code unloadPlugin(id)} then drops its class loader. No connector of
 *       that load may be used afterwards. {@link io.moodleconnector.spi.Connector#close()} ends one instance only.
 *       <b>PF4J 3.15.0:</b> {@code PluginManager.stopPlugins()} removes each plugin from the list it iterates and
 *       throws {@code ConcurrentModificationException} (pf4j/pf4j#656); stop the started plugins one by one
 *       instead, last started first, with {@code stopPlugin(id)}.</li>
 * </ul>
 *
 * <h2>The budget's scope</h2>
 * A site is a base URL and a token. Every request to one site, from any connector instance, connection or host
 * thread of one plugin load, goes through one budget: at most {@code maxInFlight} requests in flight and
 * {@code requestsPerSecond} started per second. Per-call tuning (timeouts, retries, {@code maxInputVars}) does not
 * split it. When connections to one site ask for different limits, the smallest asked for since the plugin loaded
 * applies to all. Two plugin loads (or two hosts) have two budgets: the budget protects a site from one plugin load,
 * not from a cluster.
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
 * <p>A connection check takes the same options (since 0.2.1):
 * {@link io.moodleconnector.spi.Connector#check(io.moodleconnector.spi.Connection,
 * io.moodleconnector.spi.CheckOptions, io.moodleconnector.spi.CallOptions) check(connection, checkOptions,
 * callOptions)} runs the site-info request and every capability probe as one call: one deadline for them all, one
 * cancel, and their events under the method id {@link io.moodleconnector.spi.CallListener#CHECK_METHOD_ID}. A check
 * writes nothing, so one cut short is {@code not_applied}, and it is not remembered as a probe result.
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
