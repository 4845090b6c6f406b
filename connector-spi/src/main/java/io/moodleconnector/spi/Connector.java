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
    MethodResult invoke(String methodId, Map<String, Object> input, Connection connection);

    /**
     * Checks a connection: calls the site-info function and reports the site, the user and, for every method,
     * whether the token may use it ({@link ConnectionReport.MethodStatus#verdict()}), so a platform can grey out
     * the others. A connector that can prove capabilities without writing (the Moodle connector's probes) does so
     * at most once per connection per hour; {@link #check(Connection, CheckOptions)} can ask for a fresh run.
     * Nothing sent writes.
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

    /** Releases HTTP clients and threads. Idempotent. */
    @Override
    void close();
}
