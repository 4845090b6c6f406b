package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.MethodExecutor;
import io.moodleconnector.moodle.probe.ProbeCache;
import io.moodleconnector.moodle.probe.ProbeRunner;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorDescriptor;
import io.moodleconnector.spi.MethodDescriptor;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.UnknownMethodException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pf4j.Extension;

/**
 * The Moodle LMS connector: every method of its catalogue, run by the generic executor over Moodle's REST protocol.
 *
 * <p><b>Lifecycle.</b> Ready when constructed (catalogue loaded, input schemas compiled, no threads started yet);
 * HTTP clients are made per connection on first use. {@link #close()} releases them; after it, calls fail.
 *
 * <p><b>Threading.</b> Thread-safe: one instance serves any number of concurrent calls. Calls on equal
 * {@link Connection}s share one HTTP client, one in-flight limit and one rate limit.
 */
@Extension
public final class MoodleConnector implements Connector {
    private final Catalogue catalogue;
    private final ConnectorDescriptor descriptor;
    private final List<MethodDescriptor> methods;
    private final MoodleTransport transport;
    private final MethodExecutor executor;
    private final ConnectionChecker checker;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** The connector with its shipped catalogue; the constructor PF4J calls. */
    public MoodleConnector() {
        this(new CatalogueLoader().loadShipped());
    }

    /** The connector with another catalogue, e.g. the shipped one plus methods from files. */
    public MoodleConnector(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        String version = PluginVersion.get();
        this.descriptor = Descriptors.connector(version);
        this.methods = catalogue.methods().stream().map(Descriptors::method).toList();
        this.transport = new MoodleTransport("moodle-connector/" + version);
        this.executor = new MethodExecutor(catalogue, transport);
        this.checker = new ConnectionChecker(catalogue, executor, new ProbeRunner(catalogue, transport),
                new ProbeCache(Clock.systemUTC()));
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<MethodDescriptor> methods() {
        return methods;
    }

    @Override
    public MethodResult invoke(String methodId, Map<String, Object> input, Connection connection) {
        Objects.requireNonNull(connection, "connection");
        ensureOpen();
        MethodDefinition method = catalogue.method(methodId).orElseThrow(() -> new UnknownMethodException(methodId));
        return executor.execute(method, input, connection);
    }

    @Override
    public ConnectionReport check(Connection connection) {
        return check(connection, CheckOptions.DEFAULT);
    }

    @Override
    public ConnectionReport check(Connection connection, CheckOptions options) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        ensureOpen();
        return checker.check(connection, options);
    }

    /** How many HTTP connections a call holds right now; 0 when every reply was closed. For diagnostics. */
    public int connectionsInUse() {
        return transport.connectionsInUse();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            transport.close();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the Moodle connector was closed");
        }
    }

    @Override
    public String toString() {
        return "MoodleConnector{methods=" + methods.size() + ", closed=" + closed.get() + '}';
    }
}
