package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueFolders;
import io.moodleconnector.moodle.probe.ProbeCache;
import io.moodleconnector.moodle.transport.MoodleTransport;
import java.time.Clock;

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
    private static Catalogue catalogue;
    private static MoodleTransport transport;
    private static ProbeCache probeCache;

    private PluginResources() {
    }

    static synchronized Catalogue shippedCatalogue() {
        if (catalogue == null) {
            catalogue = MoodleConnector.withFolders(CatalogueFolders.configured());
        }
        return catalogue;
    }

    static synchronized MoodleTransport transport() {
        if (transport == null) {
            transport = new MoodleTransport(MoodleConnector.userAgent());
        }
        return transport;
    }

    /** The capability probes' answers, kept an hour per connection for every connector instance of the load. */
    static synchronized ProbeCache probeCache() {
        if (probeCache == null) {
            probeCache = new ProbeCache(Clock.systemUTC());
        }
        return probeCache;
    }

    /** Closes the transport (pooled connections, dispatcher threads) and forgets every site. Idempotent. */
    static synchronized void release() {
        if (transport != null) {
            transport.close();
            transport = null;
        }
        probeCache = null;
    }
}
