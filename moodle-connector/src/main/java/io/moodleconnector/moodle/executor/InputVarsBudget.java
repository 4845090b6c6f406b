package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.moodle.transport.SiteState;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.ConnectorException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many form variables a request to a site may carry. The connection's {@code maxInputVars} when it sets one;
 * else 5000 when the site runs Moodle 4.2 or later, whose environment check makes {@code max_input_vars >= 5000} a
 * required condition on PHP 8 ({@code check_max_input_vars} in {@code lib/upgradelib.php}; 4.2 requires PHP 8);
 * else PHP's default of 1000. The release comes from the site info the plugin load keeps per site, asked once
 * (and only when a call would not fit in 1000). Thread-safe.
 */
final class InputVarsBudget {
    static final int PHP_DEFAULT = ConnectionOptions.DEFAULTS.maxInputVars();
    static final int MOODLE_42 = 5000;
    /** Moodle 4.2.0's version number ({@code version.php}); a release text that cannot be read falls back on it. */
    private static final double VERSION_42 = 2023042400;
    private static final Pattern RELEASE = Pattern.compile("^\\s*(\\d+)\\.(\\d+)");

    private final MethodDefinition siteInfo;
    private final Exchange exchange;
    private final MoodleTransport transport;

    /** @param siteInfo the catalogue's method on {@code core_webservice_get_site_info}, or null */
    InputVarsBudget(MethodDefinition siteInfo, Exchange exchange, MoodleTransport transport) {
        this.siteInfo = siteInfo;
        this.exchange = exchange;
        this.transport = transport;
    }

    /** The budget and how many requests it took to learn it (0 or 1). */
    record Budget(int maxInputVars, int requests) {
    }

    /**
     * The budget of a call that needs {@code needed} variables in all. The release is read from the site info the
     * plugin load keeps per site ({@code SiteState}, which {@code Connector.check} also refreshes), fetched here once
     * when absent.
     */
    Budget of(Connection connection, int needed) {
        ConnectionOptions o = connection.options();
        if (o.maxInputVarsGiven() || needed <= PHP_DEFAULT || siteInfo == null) {
            return new Budget(o.maxInputVars(), 0);
        }
        SiteState site = transport.site(connection);
        Optional<Map<String, Object>> known = site.siteInfo();
        if (known.isPresent()) {
            return new Budget(forSite(known.get()), 0);
        }
        try {
            Object info = exchange.run(siteInfo, connection, Map.of(), BatchChunker.PROTOCOL_FIELDS).data();
            @SuppressWarnings("unchecked")
            Map<String, Object> fresh = info instanceof Map<?, ?> ? (Map<String, Object>) info : Map.of();
            site.rememberSiteInfo(fresh);
            return new Budget(forSite(fresh), 1);
        } catch (ConnectorException e) {
            if (!e.retriable()) {
                // Site info this token cannot read will not become readable: remember "nothing known" (1000).
                site.rememberSiteInfo(Map.of());
            }
            return new Budget(PHP_DEFAULT, 1);
        }
    }

    /** 5000 for a site info saying Moodle 4.2 or later, else 1000. */
    static int forSite(Object info) {
        if (!(info instanceof Map<?, ?> m)) {
            return PHP_DEFAULT;
        }
        Matcher r = RELEASE.matcher(String.valueOf(m.get("release")));
        if (r.find()) {
            int major = Integer.parseInt(r.group(1));
            int minor = Integer.parseInt(r.group(2));
            return major > 4 || major == 4 && minor >= 2 ? MOODLE_42 : PHP_DEFAULT;
        }
        try {
            return Double.parseDouble(String.valueOf(m.get("version"))) >= VERSION_42 ? MOODLE_42 : PHP_DEFAULT;
        } catch (NumberFormatException e) {
            return PHP_DEFAULT;
        }
    }
}
