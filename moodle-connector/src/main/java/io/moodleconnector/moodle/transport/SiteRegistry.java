package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Secret;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-site state of one plugin load: one {@link SiteState} (budget of requests in flight and per second, cached
 * site info) per site, where a site is a base URL and a token. Not keyed by connection: connections that differ only
 * in per-call tuning (timeouts, retries, maxInputVars) share their site's state, and so share one budget.
 *
 * <p>Thread-safe. The plugin holds one registry per load (see {@code PluginResources}), so every connector instance
 * PF4J makes shares it. Keys hold the token but never print it.
 */
public final class SiteRegistry {
    private final Map<SiteKey, SiteState> sites = new ConcurrentHashMap<>();

    /** The state of a connection's site, made on first use. */
    public SiteState site(Connection connection) {
        return sites.computeIfAbsent(new SiteKey(connection.siteUrl(), connection.token()), SiteState::new);
    }

    /** How many sites have state; for diagnostics and tests. */
    public int size() {
        return sites.size();
    }

    /** Forgets every site. */
    void clear() {
        sites.clear();
    }

    /** A site: its base URL and the token its calls run as. {@link #toString()} shows the URL only. */
    record SiteKey(URI siteUrl, Secret token) {
        @Override
        public String toString() {
            return siteUrl.toString();
        }
    }
}
