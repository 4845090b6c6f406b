package io.moodleconnector.host;

import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.SpiVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;
import org.pf4j.SingletonExtensionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the connector plugins of one folder through PF4J's {@link DefaultPluginManager} and holds their
 * {@link Connector} extensions.
 *
 * <p><b>Lifecycle.</b> {@link #open(Path)} loads and starts every plugin in the folder (PF4J unpacks each zip into a
 * folder beside it) and creates each plugin's connectors once. {@link #close()} closes every connector, then stops
 * and unloads the plugins; it is idempotent. A connector must not be used after its host is closed.
 *
 * <p><b>Threading.</b> The list of connectors is fixed when the host opens, so {@link #connectors()} and
 * {@link #connector(String)} may be called from any thread; the connectors themselves are thread-safe (see
 * {@link Connector}). Opening and closing are not meant to race with use.
 */
public final class ConnectorHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectorHost.class);

    private final Path pluginsDir;
    private final PluginManager plugins;
    private final List<Connector> connectors;
    private boolean closed;

    private ConnectorHost(Path pluginsDir, PluginManager plugins, List<Connector> connectors) {
        this.pluginsDir = pluginsDir;
        this.plugins = plugins;
        this.connectors = List.copyOf(connectors);
    }

    /**
     * Loads and starts every plugin in {@code pluginsDir}.
     *
     * @throws ConnectorHostException if the folder does not exist
     */
    public static ConnectorHost open(Path pluginsDir) {
        Objects.requireNonNull(pluginsDir, "pluginsDir");
        Path dir = pluginsDir.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new ConnectorHostException("plugins folder " + dir + " does not exist"
                    + " (build the plugin zip with `mvn package`, or pass --plugins DIR)");
        }
        PluginManager manager = new DefaultPluginManager(dir) {
            @Override
            protected ExtensionFactory createExtensionFactory() {
                // PF4J's default factory makes a new instance on every getExtensions call; a Connector holds HTTP
                // clients and compiled schemas, so it must exist once per plugin load.
                return new SingletonExtensionFactory(this);
            }
        };
        // The contract this host offers: PF4J refuses plugins whose Plugin-Requires range does not include it.
        manager.setSystemVersion(SpiVersion.VERSION);
        manager.loadPlugins();
        manager.startPlugins();
        List<Connector> found = new ArrayList<>();
        try {
            for (PluginWrapper plugin : manager.getStartedPlugins()) {
                found.addAll(manager.getExtensions(Connector.class, plugin.getPluginId()));
            }
        } catch (RuntimeException e) {
            // A connector whose constructor fails must not leave the others open or the class loaders held.
            try {
                new ConnectorHost(dir, manager, found).close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        LOG.debug("loaded {} connector(s) from {}", found.size(), dir);
        return new ConnectorHost(dir, manager, found);
    }

    /** The folder the plugins were loaded from (absolute). */
    public Path pluginsDir() {
        return pluginsDir;
    }

    /** Every connector of every started plugin, in plugin load order. */
    public List<Connector> connectors() {
        return connectors;
    }

    /**
     * The connector whose {@linkplain io.moodleconnector.spi.ConnectorDescriptor#id() id} is {@code id}.
     *
     * @throws ConnectorHostException if no loaded plugin offers it; the message lists what was loaded and why any
     *                                plugin failed to start
     */
    public Connector connector(String id) {
        Objects.requireNonNull(id, "id");
        return connectors.stream().filter(c -> c.descriptor().id().equals(id)).findFirst()
                .orElseThrow(() -> new ConnectorHostException("no connector '" + id + "' in " + pluginsDir + ": "
                        + describePlugins()));
    }

    private String describePlugins() {
        List<PluginWrapper> all = plugins.getPlugins();
        if (all.isEmpty()) {
            return "no plugins found (build the plugin zip with `mvn package`)";
        }
        String loaded = connectors.stream().map(c -> c.descriptor().id()).collect(Collectors.joining(", "));
        String states = all.stream().map(this::describe).collect(Collectors.joining("; "));
        return "connectors [" + loaded + "], plugins: " + states;
    }

    private String describe(PluginWrapper plugin) {
        String s = plugin.getPluginId() + " " + plugin.getDescriptor().getVersion() + " " + plugin.getPluginState();
        Throwable failure = plugin.getFailedException();
        if (plugin.getPluginState() == PluginState.FAILED && failure != null) {
            s += " (" + failure + ")";
        }
        String requires = plugin.getDescriptor().getRequires();
        if (plugin.getPluginState() == PluginState.DISABLED
                && !plugins.getVersionManager().checkVersionConstraint(SpiVersion.VERSION, requires)) {
            s += " (it requires connector-spi " + requires + "; this host offers "
                    + SpiVersion.VERSION + ")";
        }
        return s;
    }

    /** Closes every connector, then stops and unloads the plugins. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        RuntimeException first = null;
        for (Connector connector : connectors) {
            try {
                connector.close();
            } catch (RuntimeException e) {
                // Keep closing the others; the first failure is rethrown once the plugins are unloaded.
                first = first == null ? e : first;
            }
        }
        stopPlugins();
        plugins.unloadPlugins();
        if (first != null) {
            throw first;
        }
    }

    /**
     * Stops the started plugins one by one, last started first. PF4J 3.15.0's own {@code stopPlugins()} removes each
     * plugin from the list it is iterating and fails with a ConcurrentModificationException (pf4j/pf4j#656).
     */
    private void stopPlugins() {
        List<String> started = new ArrayList<>(plugins.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList());
        Collections.reverse(started);
        started.forEach(plugins::stopPlugin);
    }

    @Override
    public String toString() {
        return "ConnectorHost{pluginsDir=" + pluginsDir + ", connectors=" + connectors.size() + '}';
    }
}
