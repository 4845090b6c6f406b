package io.moodleconnector.spi;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A connector: a set of methods a host can invoke against one kind of remote system.
 *
 * <p><b>Lifecycle.</b> A connector instance is ready when its constructor returns (its catalogue loaded and schemas
 * compiled). A host may hold one instance, or ask PF4J again: PF4J's default extension factory makes a new
 * instance on every {@code getExtensions} call, and that is safe, because the expensive and the protective state
 * (HTTP clients, the per-site budget, cached site info) belongs to the plugin load, not to the instance. See the
 * package documentation for what a host must do when it stops or unloads the plugin.
 *
 * <p><b>Threading.</b> Implementations are thread-safe: one instance serves any number of concurrent host calls,
 * on the same or different {@link Connection}s. Every call to one site (same URL and token) shares one budget of
 * requests in flight and per second, across every connection and every connector instance of the plugin load, so
 * many host threads cannot flood one site.
 *
 * <p><b>Data.</b> Inputs and results are plain JSON values (see the package documentation).
 */
public interface Connector extends ExtensionPoint, AutoCloseable {

    /** What this connector is and which connection fields it needs. */
    ConnectorDescriptor descriptor();

    /**
     * Checks a connection config offline, without any request: against the {@linkplain ConnectionSpec connection
     * spec} ({@link ConnectorDescriptor#connectionSpec()}) and the connector's own rules (e.g. the Moodle connector
     * refuses plain {@code http://} to a host that is not loopback unless {@code allowPlainHttp} is set).
     *
     * @param config the config as plain JSON values; {@code token} may also be a {@link Secret}
     * @return every problem, each with the JSON Pointer of its field (e.g. {@code /url}); empty when
     *         {@link Connection#from} accepts the config and the connector will not refuse it before sending
     */
    default List<Violation> validate(Map<String, Object> config) {
        return ConnectionSpec.validate(descriptor().connectionSpec(), config);
    }

    /** Every method, in catalogue order. */
    List<MethodDescriptor> methods();

    /** The method with this id. @throws UnknownMethodException if there is none */
    default MethodDescriptor method(String methodId) {
        return methods().stream().filter(m -> m.id().equals(methodId)).findFirst()
                .orElseThrow(() -> new UnknownMethodException(methodId));
    }

    /**
     * Runs a method. The input is validated first; if it is refused, nothing is sent.
     *
     * @param methodId   a method id from {@link #methods()}
     * @param input      the input, a JSON object as a map (null is treated as an empty object); it is read, not
     *                   copied, while the call runs, so it must not change until the call returns
     * @param connection where and as whom
     * @return the normalised result
     * @throws UnknownMethodException     if no method has that id
     * @throws InvalidInputException      if the input does not match the method's input schema, or Moodle refused it
     * @throws AuthenticationException    if Moodle refused the token
     * @throws PermissionException        if the function is not in the service or the role lacks a capability
     * @throws RemoteException            for any other Moodle error
     * @throws TransportException         if the exchange failed
     * @throws PartialFailureException    if only part of a batch was done
     */
    default MethodResult invoke(String methodId, Map<String, Object> input, Connection connection) {
        return invoke(methodId, input, connection, CallOptions.DEFAULTS);
    }

    /**
     * Runs a method within a deadline, cancellable, with a listener for its events: see {@link CallOptions}. The
     * calling thread's interrupt cancels the call too.
     *
     * @param options the call's deadline, cancel handle and listener; {@link CallOptions#DEFAULTS} for none
     * @throws CancelledException        if the thread was interrupted or the options' handle cancelled
     * @throws DeadlineExceededException if the options' deadline passed
     * @throws NotFoundException         if the input names an object (a course) that does not exist
     * @see #invoke(String, Map, Connection) for the other errors
     */
    MethodResult invoke(String methodId, Map<String, Object> input, Connection connection, CallOptions options);

    /**
     * Sets the listener that hears the events of every call on this connector, in addition to each call's own
     * ({@link CallOptions#listener()}); {@link CallListener#NONE} or null removes it. A host sets it once, after
     * loading the connector.
     *
     * @throws UnsupportedOperationException if the connector reports no events
     */
    default void setCallListener(CallListener listener) {
        throw new UnsupportedOperationException(getClass().getName() + " reports no events");
    }

    /**
     * Checks a connection: calls the site-info function and reports the site, the user and, for every method,
     * whether the token may use it ({@link ConnectionReport.MethodStatus#verdict()}), so a platform can grey out
     * the others. A connector that can prove capabilities without writing (the Moodle connector's probes) does so
     * at most once per connection per hour; {@link #check(Connection, CheckOptions)} can ask for a fresh run.
     * Nothing sent writes. Bounded only by the connection's timeouts (per request);
     * {@link #check(Connection, CheckOptions, CallOptions)} takes a deadline for the whole check, a cancel handle and
     * a listener.
     *
     * @throws AuthenticationException if Moodle refused the token
     * @throws TransportException      if the site could not be reached
     */
    ConnectionReport check(Connection connection);

    /**
     * {@link #check(Connection)} with options: objects the probes may use, and whether to probe again now.
     * Connectors without probes ignore the options.
     */
    default ConnectionReport check(Connection connection, CheckOptions options) {
        return check(connection);
    }

    /**
     * {@link #check(Connection, CheckOptions)} within a deadline, cancellable, with a listener: the {@link CallOptions}
     * of {@link #invoke(String, Map, Connection, CallOptions) invoke}, applied to the whole check as one call. A
     * check sends one request for the site info and, when it probes, some thirty more (one per function, and the
     * reads that find the objects the probes need); the deadline bounds them all together, counted from the moment
     * {@code check} is called. Interrupting the calling thread, or cancelling the handle from any thread, ends the
     * check within 100 ms. Nothing a check sends writes, so a check cut short is {@link Outcome#NOT_APPLIED} and
     * may simply be run again; a check cut short is never remembered as a probe result, so the next one probes
     * anew. The listener hears the check as a call whose method id is {@link CallListener#CHECK_METHOD_ID}: its
     * start, every request (with the Moodle function it called), retries and budget waits, and its end; the
     * connector's own listener ({@link #setCallListener}) hears every check, with or without these options.
     *
     * <p>Same threading as {@code invoke}: runs on the calling thread, which the events are delivered on; the
     * options may be shared by any number of checks and calls.
     *
     * @param connection  where and as whom
     * @param options     what the probes may use and whether to probe again now; {@link CheckOptions#DEFAULT}
     * @param callOptions the check's deadline, cancel handle and listener; {@link CallOptions#DEFAULTS} for none
     * @throws CancelledException            if the thread was interrupted or the handle cancelled
     * @throws DeadlineExceededException     if the deadline passed
     * @throws AuthenticationException       if Moodle refused the token
     * @throws TransportException            if the site could not be reached
     * @throws UnsupportedOperationException if {@code callOptions} are not the defaults and this connector cannot
     *                                       bound a check (the default implementation, for connectors written before
     *                                       SPI 0.2.1; with the defaults it is {@link #check(Connection, CheckOptions)})
     * @since 0.2.1
     */
    default ConnectionReport check(Connection connection, CheckOptions options, CallOptions callOptions) {
        if (CallOptions.DEFAULTS.equals(callOptions)) {
            return check(connection, options);
        }
        throw new UnsupportedOperationException(getClass().getName() + " cannot run a check within CallOptions");
    }

    /**
     * Replaces the per-site request budget for this plugin load: every connector instance of the plugin then asks
     * {@code budget} before each request. Call it before the first {@link #invoke}; requests already waiting keep
     * the budget they started with. The default is an in-process budget per site.
     *
     * @throws UnsupportedOperationException if this connector cannot take a budget from its host
     */
    default void useSiteBudget(SiteBudget budget) {
        throw new UnsupportedOperationException(getClass().getSimpleName() + " does not take a site budget");
    }

    /**
     * Ends this instance: later calls on it fail. Idempotent. Resources shared by the plugin load (HTTP clients,
     * per-site budgets) stay for the other instances and are released when the plugin stops.
     */
    @Override
    void close();
}
