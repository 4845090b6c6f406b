package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.MethodExecutor;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a connection by calling the catalogue's site-info method ({@code core_webservice_get_site_info}) and
 * reporting, for every catalogue method, whether the token's service holds its function. Immutable and thread-safe.
 */
final class ConnectionChecker {
    static final String SITE_INFO_FUNCTION = "core_webservice_get_site_info";

    private final Catalogue catalogue;
    private final MethodExecutor executor;
    private final MoodleTransport transport;

    ConnectionChecker(Catalogue catalogue, MethodExecutor executor, MoodleTransport transport) {
        this.catalogue = catalogue;
        this.executor = executor;
        this.transport = transport;
    }

    ConnectionReport check(Connection connection) {
        MethodDefinition siteInfo = catalogue.methods().stream()
                .filter(m -> m.function().equals(SITE_INFO_FUNCTION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalogue has no method calling "
                        + SITE_INFO_FUNCTION + ", which check() needs"));
        Object data = executor.execute(siteInfo, Map.of(), connection).data();
        Map<?, ?> info = data instanceof Map<?, ?> m ? m : Map.of();
        if (data instanceof Map<?, ?>) {
            // The freshest site info: whoever needs the site's release or functions later reads it from the cache.
            @SuppressWarnings("unchecked")
            Map<String, Object> fresh = (Map<String, Object>) data;
            transport.site(connection).rememberSiteInfo(fresh);
        }
        Set<String> functions = new LinkedHashSet<>();
        if (info.get("functions") instanceof List<?> list) {
            for (Object f : list) {
                if (f instanceof Map<?, ?> fm && fm.get("name") != null) {
                    functions.add(fm.get("name").toString());
                }
            }
        }
        List<ConnectionReport.MethodStatus> methods = new ArrayList<>();
        for (MethodDefinition m : catalogue.methods()) {
            methods.add(new ConnectionReport.MethodStatus(m.id(), m.function(), functions.contains(m.function()),
                    m.capabilities()));
        }
        return new ConnectionReport(text(info, "sitename"), text(info, "siteurl"), text(info, "release"),
                text(info, "username"), info.get("userid") instanceof Number n ? n.longValue() : 0L,
                "https".equalsIgnoreCase(connection.siteUrl().getScheme()), functions, methods);
    }

    private static String text(Map<?, ?> info, String key) {
        Object v = info.get(key);
        return v == null ? "" : v.toString();
    }
}
