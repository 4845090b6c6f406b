package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueFolders;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.MethodExecutor;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorDescriptor;
import io.moodleconnector.spi.MethodDescriptor;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.UnknownMethodException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    private static final Logger LOG = LoggerFactory.getLogger(MoodleConnector.class);
    private final Catalogue catalogue;
    private final ConnectorDescriptor descriptor;
    private final List<MethodDescriptor> methods;
    private final MoodleTransport transport;
    private final MethodExecutor executor;
    private final ConnectionChecker checker;
    private final AtomicBoolean closed = new AtomicBoolean();

    /**
     * The connector with its shipped catalogue plus the catalogue files of the folders the host names in the system
     * property {@value CatalogueFolders#PROPERTY} (a host-level setting: it applies to every connection); the
     * constructor PF4J calls. A bad extra file is left out and its problems are logged at WARN, one per line.
     */
    public MoodleConnector() {
        this(withFolders(CatalogueFolders.configured()));
    }

    /** The shipped catalogue plus the good files of {@code folders}; a bad file's problems are logged. */
    static Catalogue withFolders(List<Path> folders) {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(new CatalogueLoader().loadShipped(), folders);
        loaded.problems().forEach(p -> LOG.warn("catalogue file left out: {}", p));
        return loaded.catalogue();
    }

    /** The connector with another catalogue, e.g. the shipped one plus methods from files. */
    public MoodleConnector(Catalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        String version = PluginVersion.get();
        this.descriptor = Descriptors.connector(version);
        this.methods = catalogue.methods().stream().map(Descriptors::method).toList();
        this.transport = new MoodleTransport("moodle-connector/" + version);
        this.executor = new MethodExecutor(catalogue, transport);
        this.checker = new ConnectionChecker(catalogue, executor);
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
        Objects.requireNonNull(connection, "connection");
        ensureOpen();
        return checker.check(connection);
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
