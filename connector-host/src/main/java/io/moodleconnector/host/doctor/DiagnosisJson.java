package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/** A {@link Diagnosis} as plain JSON values (maps and lists), for {@code connector doctor --json}. */
public final class DiagnosisJson {
    private DiagnosisJson() {
    }

    public static Map<String, Object> of(Diagnosis d) {
        ConnectionReport r = d.report();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("siteName", r.siteName());
        v.put("siteUrl", r.siteUrl());
        v.put("release", r.release());
        v.put("username", r.username());
        v.put("userId", r.userId());
        v.put("https", r.https());
        v.put("sandbox", d.sandbox());
        v.put("allUsable", r.allUsable());
        v.put("usable", d.usableCount());
        v.put("total", r.methods().size());
        Map<String, Object> seed = new LinkedHashMap<>();
        seed.put("ready", d.seedReady());
        seed.put("usable", d.seedMethods().stream().filter(MethodStatus::usable).count());
        seed.put("total", d.seedMethods().size());
        v.put("seedSet", seed);
        v.put("functions", new TreeSet<>(r.functions()));
        v.put("methods", r.methods().stream().map(DiagnosisJson::status).toList());
        v.put("notes", r.notes());
        v.put("todo", d.todo().functions().stream().map(DiagnosisJson::task).toList());
        v.put("capabilitiesToAdd", d.todo().capabilities().stream().map(DiagnosisJson::capability).toList());
        v.put("beyondSeedTodo", d.beyondSeedTodo().functions().stream().map(DiagnosisJson::task).toList());
        v.put("beyondSeedCapabilitiesToAdd", d.beyondSeedTodo().capabilities().stream()
                .map(DiagnosisJson::capability).toList());
        if (d.probe() != null) {
            v.put("probe", probe(d.probe()));
        }
        return v;
    }

    private static Map<String, Object> status(MethodStatus s) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("method", s.methodId());
        v.put("function", s.function());
        v.put("seedSet", io.moodleconnector.catalogue.SeedSet.contains(s.function()));
        v.put("usable", s.usable());
        v.put("verdict", s.verdict().name().toLowerCase(java.util.Locale.ROOT));
        v.put("text", DiagnosisText.verdict(s));
        if (s.capability() != null) {
            v.put("missingCapability", s.capability());
            v.put("context", s.context());
        }
        if (s.detail() != null) {
            v.put("detail", s.detail());
        }
        v.put("capabilities", s.capabilities());
        return v;
    }

    private static Map<String, Object> capability(CapabilityTask t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("capability", t.capability());
        v.put("context", t.context());
        v.put("enablesMethods", t.methods());
        v.put("inVendorGuide", t.inGuide());
        if (t.note() != null) {
            v.put("note", t.note());
        }
        return v;
    }

    private static Map<String, Object> task(AdminTask t) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("addFunction", t.function());
        v.put("enablesMethods", t.methods());
        v.put("capabilities", t.capabilities());
        return v;
    }

    private static Map<String, Object> probe(ProbeResult p) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("courseId", p.courseId());
        v.put("ok", p.ok());
        v.put("groupId", p.groupId());
        v.put("groupingId", p.groupingId());
        v.put("deleted", p.deleted());
        if (!p.ok()) {
            v.put("error", p.errorCode());
            v.put("message", p.message());
        }
        return v;
    }
}
