package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.executor.MethodExecutor;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.moodle.probe.ProbeCache;
import io.moodleconnector.moodle.probe.ProbeRunner;
import io.moodleconnector.moodle.probe.Proof;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a connection by calling the catalogue's site-info method ({@code core_webservice_get_site_info}) and
 * reporting, for every catalogue method, whether the token may use it: its function must be in the token's service,
 * and the function's capability probe (catalogue {@code probes:}, run at most once an hour per connection) must
 * prove the role passes its checks. A catalogue without probes is judged by the function list alone. The whole
 * check is one call ({@link CallScope}): one deadline and one cancel for all its requests. Thread-safe.
 */
final class ConnectionChecker {
    static final String SITE_INFO_FUNCTION = "core_webservice_get_site_info";

    private final Catalogue catalogue;
    private final MethodExecutor executor;
    private final MoodleTransport transport;
    private final ProbeRunner probes;
    private final ProbeCache cache;

    ConnectionChecker(Catalogue catalogue, MethodExecutor executor, MoodleTransport transport, ProbeRunner probes,
                      ProbeCache cache) {
        this.catalogue = catalogue;
        this.executor = executor;
        this.transport = transport;
        this.probes = probes;
        this.cache = cache;
    }

    /**
     * @param call the check's one scope: the site-info request and every probe run within its deadline and
     *             cancellation, and its listeners hear them all
     */
    ConnectionReport check(Connection connection, CheckOptions options, CallScope call) {
        try {
            return run(connection, options, call);
        } catch (CancelledException | DeadlineExceededException e) {
            throw notApplied(e, call);
        }
    }

    /**
     * A check cut short applied nothing, whatever request was in flight: the probes of write functions fail after
     * their checks or roll back (capability_probes.json verified each with row counts), so the transport's "a
     * write was sent, outcome unknown" does not hold for them. The same error, not applied (and so retriable).
     */
    private static ConnectorException notApplied(ConnectorException cut, CallScope call) {
        if (cut.outcome() != Outcome.UNKNOWN) {
            return cut;
        }
        ConnectorException again = call.abortedBy(cut.getCause(), Outcome.NOT_APPLIED);
        return again != null ? again : cut;
    }

    private ConnectionReport run(Connection connection, CheckOptions options, CallScope call) {
        MethodDefinition siteInfo = catalogue.methods().stream()
                .filter(m -> m.function().equals(SITE_INFO_FUNCTION)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the catalogue has no method calling "
                        + SITE_INFO_FUNCTION + ", which check() needs"));
        Object data = executor.execute(siteInfo, Map.of(), connection, call).data();
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
        ProbeRunner.Result proved = catalogue.probes().isEmpty() ? null
                : cache.get(connection, options, functions, () -> probes.run(connection, options, functions, call));
        List<ConnectionReport.MethodStatus> methods = new ArrayList<>();
        for (MethodDefinition m : catalogue.methods()) {
            methods.add(status(m, functions, proved));
        }
        return new ConnectionReport(text(info, "sitename"), text(info, "siteurl"), text(info, "release"),
                text(info, "username"), info.get("userid") instanceof Number n ? n.longValue() : 0L,
                "https".equalsIgnoreCase(connection.siteUrl().getScheme()), functions, methods,
                proved == null ? List.of() : proved.notes());
    }

    private ConnectionReport.MethodStatus status(MethodDefinition m, Set<String> functions,
                                                 ProbeRunner.Result proved) {
        boolean inService = functions.contains(m.function());
        if (!inService || proved == null) {
            return new ConnectionReport.MethodStatus(m.id(), m.function(), inService, m.capabilities());
        }
        Proof proof = catalogue.probeFor(m).flatMap(proved::proof).orElse(Proof.unproven("the catalogue declares no "
                + "capability probe for " + m.id() + "; only the service's function list was checked"));
        return new ConnectionReport.MethodStatus(m.id(), m.function(), proof.verdict() == Verdict.USABLE,
                m.capabilities(), proof.verdict(), proof.capability(), proof.context(), proof.detail());
    }

    private static String text(Map<?, ?> info, String key) {
        Object v = info.get(key);
        return v == null ? "" : v.toString();
    }
}
