package io.moodleconnector.moodle.transport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * What the plugin keeps about one site (URL and token) for as long as it is loaded: the site info it last answered
 * (release, functions), so that callers needing it (e.g. release-dependent chunking) ask once per plugin load. The
 * site's request budget is the transport's {@link io.moodleconnector.spi.SiteBudget}, keyed the same way.
 * Thread-safe.
 */
public final class SiteState {
    private final SiteRegistry.SiteKey key;
    private final AtomicReference<Map<String, Object>> siteInfo = new AtomicReference<>();

    SiteState(SiteRegistry.SiteKey key) {
        this.key = key;
    }

    /** The site info cached for this site, if any call has fetched it since the plugin loaded. */
    public Optional<Map<String, Object>> siteInfo() {
        return Optional.ofNullable(siteInfo.get());
    }

    /**
     * The cached site info, fetched with {@code fetch} (e.g. a call of {@code core_webservice_get_site_info}) when
     * there is none yet. Concurrent first callers may each fetch; the last answer is kept.
     */
    public Map<String, Object> siteInfo(Supplier<Map<String, Object>> fetch) {
        Map<String, Object> cached = siteInfo.get();
        if (cached != null) {
            return cached;
        }
        Map<String, Object> fresh = fetch.get();
        rememberSiteInfo(fresh);
        return fresh;
    }

    /** Keeps a site-info answer, e.g. from {@code Connector.check}, replacing what was cached. */
    public void rememberSiteInfo(Map<String, Object> info) {
        siteInfo.set(Collections.unmodifiableMap(new LinkedHashMap<>(info)));
    }

    @Override
    public String toString() {
        return "SiteState{site=" + key + '}';
    }
}
