package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueFolders;
import io.moodleconnector.moodle.probe.ProbeCache;
import io.moodleconnector.moodle.transport.MoodleTransport;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one plugin load owns, shared by every {@link MoodleConnector} instance PF4J makes: the shipped catalogue
 * with the host's catalogue folders (loaded and compiled once) and the transport (one OkHttp dispatcher and pool, one budget and site-info cache per
 * site). They are statics of a class the plugin's own class loader defines, so each plugin load has its own set and
 * unloading the plugin drops it. PF4J's default extension factory makes a new connector on every
 * {@code getExtensions} call; because the state lives here, a host that asks again and again still gets one budget
 * per site. {@link MoodleConnectorPlugin#stop()} releases it; a later use (the plugin started again) makes it anew.
 * Thread-safe.
 */
final class PluginResources {
    private static final Logger LOG = LoggerFactory.getLogger(PluginResources.class);
    // One lock each: the warm-up thread builds the transport while the host's thread loads the catalogue, and
    // neither may wait for the other.
    private static final Object CATALOGUE_LOCK = new Object();
    private static final Object TRANSPORT_LOCK = new Object();
    private static final Object PROBES_LOCK = new Object();
    private static Catalogue catalogue;
    private static MoodleTransport transport;
    private static ProbeCache probeCache;
    /** Counts releases, so a warm-up that starts running only after the plugin stopped builds nothing. */
    private static long releases;

    private PluginResources() {
    }

    /**
     * Starts building the transport on a daemon thread, for {@link MoodleConnectorPlugin#start()}: a host makes its
     * first connector right after starting the plugin, and that connector needs both the catalogue and an OkHttp
     * client. Building the client (OkHttp's platform probe reads the JDK's security providers, then Kotlin, okio
     * and the dispatcher) is about 140 ms of a cold start on its own; on a second core it overlaps the catalogue
     * load instead of following it. Then it does the site-independent part of a first request
     * ({@link MoodleTransport#warmUp()}). The connector's own {@link #transport()} waits for the build in progress, never
     * makes a second one; a warm-up that fails is logged and the connector builds the transport itself.
     */
    static void warmUp() {
        long startedAt;
        synchronized (TRANSPORT_LOCK) {
            startedAt = releases;
        }
        Thread warmUp = new Thread(() -> {
            try {
                MoodleTransport built;
                synchronized (TRANSPORT_LOCK) {
                    built = releases == startedAt ? transport() : null;
                }
                if (built != null) {
                    built.warmUp();
                }
            } catch (RuntimeException | LinkageError e) {
                LOG.debug("transport warm-up failed; the first connector builds it", e);
            }
        }, "moodle-connector-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    /** Whether the transport is built right now; for tests. */
    static boolean hasTransport() {
        synchronized (TRANSPORT_LOCK) {
            return transport != null;
        }
    }

    static Catalogue shippedCatalogue() {
        synchronized (CATALOGUE_LOCK) {
            if (catalogue == null) {
                catalogue = MoodleConnector.withFolders(CatalogueFolders.configured());
            }
            return catalogue;
        }
    }

    static MoodleTransport transport() {
        synchronized (TRANSPORT_LOCK) {
            if (transport == null) {
                transport = new MoodleTransport(MoodleConnector.userAgent());
            }
            return transport;
        }
    }

    /** The capability probes' answers, kept an hour per connection for every connector instance of the load. */
    static ProbeCache probeCache() {
        synchronized (PROBES_LOCK) {
            if (probeCache == null) {
                probeCache = new ProbeCache(Clock.systemUTC());
            }
            return probeCache;
        }
    }

    /**
     * Closes the transport (pooled connections, dispatcher threads) and forgets every site. Idempotent. Waits for
     * a warm-up still building the transport, then closes what it built.
     */
    static void release() {
        synchronized (TRANSPORT_LOCK) {
            releases++;
            if (transport != null) {
                transport.close();
                transport = null;
            }
        }
        synchronized (PROBES_LOCK) {
            probeCache = null;
        }
    }
}
