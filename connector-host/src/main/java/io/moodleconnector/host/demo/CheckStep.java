package io.moodleconnector.host.demo;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectorException;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code Connector.check}: who the token is on which site, and whether every method is usable. */
public record CheckStep(String title) implements Step {
    @Override
    public Outcome run(DemoSession session) {
        String call = "check (core_webservice_get_site_info)";
        try {
            ConnectionReport r = session.connector().check(session.connection());
            long usable = r.methods().stream().filter(ConnectionReport.MethodStatus::usable).count();
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("site", r.siteName());
            summary.put("release", r.release());
            summary.put("user", r.username());
            summary.put("https", r.https());
            summary.put("usableMethods", usable + "/" + r.methods().size());
            String answer = DemoSession.compact(summary);
            // Some methods may stay unproven (no write-free probe, no activity given); none may be refused.
            long refused = r.methods().stream().filter(s -> s.verdict() != ConnectionReport.Verdict.USABLE
                    && s.verdict() != ConnectionReport.Verdict.UNPROVEN).count();
            return refused == 0 ? new Outcome(call, answer, true, "no method is refused (" + usable + " proved usable)")
                    : new Outcome(call, answer, false, "expected no method to be refused, " + refused + " are");
        } catch (ConnectorException e) {
            return new Outcome(call, e.code() + ": " + e.getMessage(), false, "expected the check to succeed");
        }
    }
}
