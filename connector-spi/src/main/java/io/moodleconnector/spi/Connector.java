package io.moodleconnector.spi;

import java.util.List;
import java.util.Map;
import org.pf4j.ExtensionPoint;

/**
 * A connector: a set of methods a host can invoke against one kind of remote system.
 *
 * <p><b>Lifecycle.</b> PF4J creates the connector when the host first asks for its extensions, once per plugin
 * load; the connector is ready when its constructor returns (its catalogue loaded and schemas compiled). The host
 * calls {@link #close()} before it unloads the plugin; after that no method may be called.
 *
 * <p><b>Threading.</b> Implementations are thread-safe: one instance serves any number of concurrent host calls,
 * on the same or different {@link Connection}s. Calls on equal connections share one HTTP client and one limit on
 * requests in flight and per second, so many host threads cannot flood one site.
 *
 * <p><b>Data.</b> Inputs and results are plain JSON values (see the package documentation).
 */
public interface Connector extends ExtensionPoint, AutoCloseable {

    /** What this connector is and which connection fields it needs. */
    ConnectorDescriptor descriptor();

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
     * @param input      the input, a JSON object as a map (null is treated as an empty object)
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
     * Checks a connection: calls the site-info function and reports the site, the user and which methods the
     * token's service allows.
     *
     * @throws AuthenticationException if Moodle refused the token
     * @throws TransportException      if the site could not be reached
     */
    ConnectionReport check(Connection connection);

    /** Releases HTTP clients and threads. Idempotent. */
    @Override
    void close();
}
