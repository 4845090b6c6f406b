package io.moodleconnector.host.cli;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** Renders a {@link ConnectionReport} as plain JSON values or as text for people. */
final class DoctorReport {
    private DoctorReport() {
    }

    static Map<String, Object> json(ConnectionReport r) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("siteName", r.siteName());
        v.put("siteUrl", r.siteUrl());
        v.put("release", r.release());
        v.put("username", r.username());
        v.put("userId", r.userId());
        v.put("https", r.https());
        v.put("allUsable", r.allUsable());
        v.put("functions", new TreeSet<>(r.functions()));
        v.put("methods", r.methods().stream().map(DoctorReport::status).toList());
        return v;
    }

    private static Map<String, Object> status(MethodStatus s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("method", s.methodId());
        v.put("function", s.function());
        v.put("usable", s.usable());
        v.put("capabilities", s.capabilities());
        return v;
    }

    static String text(ConnectionReport r) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("Site:     ").append(r.siteName()).append(" <").append(r.siteUrl()).append('>').append(nl);
        out.append("Release:  ").append(r.release()).append(nl);
        out.append("User:     ").append(r.username()).append(" (id ").append(r.userId()).append(')').append(nl);
        out.append("HTTPS:    ").append(r.https() ? "yes" : "NO - the token crosses the network in clear text")
                .append(nl).append(nl);
        long usable = r.methods().stream().filter(MethodStatus::usable).count();
        out.append("Methods:  ").append(usable).append(" of ").append(r.methods().size()).append(" usable").append(nl);
        for (MethodStatus s : r.methods()) {
            out.append(s.usable() ? "  ok       " : "  MISSING  ").append(s.methodId()).append(" (")
                    .append(s.function()).append(')');
            if (!s.usable()) {
                out.append(" - add the function to the token's external service");
            }
            out.append(nl);
        }
        return out.toString();
    }
}
