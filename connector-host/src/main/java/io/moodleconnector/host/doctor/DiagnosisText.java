package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;

/** A {@link Diagnosis} as text for a person: the site, then every method, then the admin's to-do list. */
public final class DiagnosisText {
    private static final String NL = System.lineSeparator();

    private DiagnosisText() {
    }

    /** MISSING marks a method whose function the token's external service does not hold. */
    public static String render(Diagnosis d) {
        ConnectionReport r = d.report();
        StringBuilder out = new StringBuilder();
        out.append("Site:     ").append(r.siteName()).append(" <").append(r.siteUrl()).append('>')
                .append(d.sandbox() ? " (the built-in sandbox)" : "").append(NL);
        out.append("Release:  ").append(r.release()).append(NL);
        out.append("User:     ").append(r.username()).append(" (id ").append(r.userId()).append(')').append(NL);
        out.append("HTTPS:    ").append(https(d)).append(NL).append(NL);
        out.append("Methods:  ").append(d.usableCount()).append(" of ").append(r.methods().size())
                .append(" usable").append(NL);
        int width = r.methods().stream().mapToInt(s -> s.methodId().length()).max().orElse(0);
        for (MethodStatus s : r.methods()) {
            out.append(s.usable() ? "  ok         " : "  MISSING    ").append(pad(s.methodId(), width)).append("  ")
                    .append(s.function()).append(NL);
        }
        appendTasks(d, out);
        appendProbe(d.probe(), out);
        return out.toString();
    }

    private static String https(Diagnosis d) {
        if (d.report().https()) {
            return "yes";
        }
        return d.sandbox() ? "no (the sandbox listens on loopback only; a real site must use https://)"
                : "NO - WARNING: the token crosses the network in clear text; use an https:// URL";
    }

    private static void appendTasks(Diagnosis d, StringBuilder out) {
        out.append(NL);
        if (d.tasks().isEmpty()) {
            out.append("Every method is usable: the service holds all the functions they call.").append(NL);
            out.append("(Moodle cannot be asked which capabilities a role has; --probe-writes --course ID proves "
                    + "write access.)").append(NL);
            return;
        }
        out.append("To do for the Moodle admin (Site administration > Server > Web services > External services, "
                + "then the role of user ").append(d.report().username()).append("):").append(NL);
        int n = 1;
        for (AdminTask t : d.tasks()) {
            out.append("  ").append(n++).append(". Add the function ").append(t.function())
                    .append(" to the token's external service.").append(NL);
            out.append("     It enables: ").append(String.join(", ", t.methods())).append(NL);
            out.append("     The role needs: ").append(String.join(", ", t.capabilities())).append(NL);
        }
    }

    private static void appendProbe(ProbeResult p, StringBuilder out) {
        if (p == null) {
            return;
        }
        out.append(NL).append("Write probe (course ").append(p.courseId()).append("): ");
        if (p.ok()) {
            out.append("ok - created group ").append(p.groupId()).append(" and deleted it again").append(NL);
        } else {
            out.append("FAILED [").append(p.errorCode()).append("] ").append(p.message()).append(NL);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
