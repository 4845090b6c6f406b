package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueFolders;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.schema.Lazy;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.compose.ComposedExecutor;
import io.moodleconnector.moodle.executor.MethodExecutor;
import io.moodleconnector.moodle.probe.ProbeCache;
import io.moodleconnector.moodle.probe.ProbeRunner;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.moodle.transport.SitePolicy;
import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionSpec;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorDescriptor;
import io.moodleconnector.spi.MethodDescriptor;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.SiteBudget;
import io.moodleconnector.spi.UnknownMethodException;
import io.moodleconnector.spi.Violation;
import java.nio.file.Path;
import java.time.Clock;
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
 * <p><b>Lifecycle.</b> Ready when constructed. The instance PF4J makes (the no-argument constructor) is a cheap view
 * over what the plugin load owns ({@link PluginResources}: the compiled shipped catalogue, the HTTP clients, one
 * budget and site-info cache per site), so PF4J's default factory may make one per {@code getExtensions} call and
 * every instance still shares one budget per site; {@link #close()} ends the instance only, and stopping the plugin
 * releases the shared state. An instance made with a catalogue of its own (tests, tools) owns its transport and
 * releases it on {@link #close()}.
 *
 * <p><b>Threading.</b> Thread-safe: one instance serves any number of concurrent calls. Every call to one site (URL
 * and token) shares one in-flight limit and one rate limit, whatever the connection's other options.
 */
@Extension
public final class MoodleConnector implements Connector {
    private static final Logger LOG = LoggerFactory.getLogger(MoodleConnector.class);
    private final Catalogue catalogue;
    private final ConnectorDescriptor descriptor;
    // Made when a host first lists them: a cold start that only calls a method does not convert 200 schemas.
    private final Lazy<List<MethodDescriptor>> methods;
    private final MoodleTransport transport;
    private final MethodExecutor executor;
    private final ComposedExecutor composed;
    private final ConnectionChecker checker;
    /** Whether {@link #close()} releases the transport: only when this instance made it for itself. */
    private final boolean ownsTransport;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile CallListener listener = CallListener.NONE;

    /**
     * The connector with its shipped catalogue plus the catalogue files of the folders the host names in the system
     * property {@value CatalogueFolders#PROPERTY} (a host-level setting: it applies to every connection), on the
     * plugin load's shared transport; the constructor PF4J calls. Both are made once per plugin load
     * ({@link PluginResources}). A bad extra file is left out and its problems are logged at WARN, one per line.
     */
    public MoodleConnector() {
        this(PluginResources.shippedCatalogue(), PluginResources.transport(), PluginResources.probeCache(), false);
    }

    /** The shipped catalogue plus the good files of {@code folders}; a bad file's problems are logged. */
    static Catalogue withFolders(List<Path> folders) {
        CatalogueFolders.Loaded loaded = CatalogueFolders.load(new CatalogueLoader().loadShipped(), folders);
        loaded.problems().forEach(p -> LOG.warn("catalogue file left out: {}", p));
        return loaded.catalogue();
    }

    /** The connector with another catalogue, e.g. the shipped one plus methods from files, on a transport of its own. */
    public MoodleConnector(Catalogue catalogue) {
        this(catalogue, new MoodleTransport(userAgent()), new ProbeCache(Clock.systemUTC()), true);
    }

    private MoodleConnector(Catalogue catalogue, MoodleTransport transport, ProbeCache probeCache,
                            boolean ownsTransport) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.descriptor = Descriptors.connector(PluginVersion.get());
        this.methods = new Lazy<>(() -> catalogue.methods().stream().map(Descriptors::method).toList());
        this.transport = transport;
        this.ownsTransport = ownsTransport;
        this.executor = new MethodExecutor(catalogue, transport);
        this.composed = new ComposedExecutor(catalogue, executor);
        this.checker = new ConnectionChecker(catalogue, executor, transport, new ProbeRunner(catalogue, transport),
                probeCache);
    }

    static String userAgent() {
        return "moodle-connector/" + PluginVersion.get();
    }

    @Override
    public ConnectorDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public List<MethodDescriptor> methods() {
        return methods.get();
    }

    /** The connection spec's checks, and this connector's own: plain http:// only to loopback or when allowed. */
    @Override
    public List<Violation> validate(Map<String, Object> config) {
        List<Violation> problems = ConnectionSpec.validate(descriptor.connectionSpec(), config);
        if (problems.isEmpty()) {
            String refusal = SitePolicy.refusal(Connection.from(config));
            if (refusal != null) {
                return List.of(new Violation("/url", refusal, "https"));
            }
        }
        return problems;
    }

    @Override
    public MethodResult invoke(String methodId, Map<String, Object> input, Connection connection) {
        return invoke(methodId, input, connection, CallOptions.DEFAULTS);
    }

    @Override
    public MethodResult invoke(String methodId, Map<String, Object> input, Connection connection,
                               CallOptions options) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        ensureOpen();
        MethodDefinition method = catalogue.method(methodId).orElseThrow(() -> new UnknownMethodException(methodId));
        try (CallScope call = CallScope.open(methodId, options, listener)) {
            try {
                return call.succeeded(composed.execute(method, input, connection, call));
            } catch (RuntimeException e) {
                throw call.failed(e);
            }
        }
    }

    @Override
    public void setCallListener(CallListener listener) {
        this.listener = listener == null ? CallListener.NONE : listener;
    }

    @Override
    public ConnectionReport check(Connection connection) {
        return check(connection, CheckOptions.DEFAULT);
    }

    @Override
    public ConnectionReport check(Connection connection, CheckOptions options) {
        return check(connection, options, CallOptions.DEFAULTS);
    }

    /** The whole check (site info and every probe) is one call: one deadline, one cancel, events as {@code check}. */
    @Override
    public ConnectionReport check(Connection connection, CheckOptions options, CallOptions callOptions) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(callOptions, "callOptions");
        ensureOpen();
        try (CallScope call = CallScope.open(CallListener.CHECK_METHOD_ID, callOptions, listener)) {
            try {
                return call.succeeded(checker.check(connection, options, call));
            } catch (RuntimeException e) {
                throw call.failed(e);
            }
        }
    }

    @Override
    public void useSiteBudget(SiteBudget budget) {
        transport.useSiteBudget(budget);
    }

    /** How many HTTP connections a call holds right now; 0 when every reply was closed. For diagnostics. */
    public int connectionsInUse() {
        return transport.connectionsInUse();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true) && ownsTransport) {
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
        return "MoodleConnector{methods=" + catalogue.methods().size() + ", closed=" + closed.get() + '}';
    }
}
