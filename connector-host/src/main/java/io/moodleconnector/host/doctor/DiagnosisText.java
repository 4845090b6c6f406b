package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;

/**
 * A {@link Diagnosis} as text for a person: the site, the seed set's verdicts, then those of the methods beyond it,
 * then the admin's to-do lists in the same order.
 */
public final class DiagnosisText {
    private static final String NL = System.lineSeparator();

    private DiagnosisText() {
    }

    public static String render(Diagnosis d) {
        ConnectionReport r = d.report();
        StringBuilder out = new StringBuilder();
        out.append("Site:     ").append(r.siteName()).append(" <").append(r.siteUrl()).append('>')
                .append(d.sandbox() ? " (the built-in sandbox)" : "").append(NL);
        out.append("Release:  ").append(r.release()).append(NL);
        out.append("User:     ").append(r.username()).append(" (id ").append(r.userId()).append(')').append(NL);
        out.append("HTTPS:    ").append(https(d)).append(NL).append(NL);
        int width = r.methods().stream().mapToInt(s -> s.methodId().length()).max().orElse(0);
        appendMethods("Seed set (the vendor guide's functions and site info)", d.seedMethods(), width, out);
        if (!d.beyondSeedMethods().isEmpty()) {
            out.append(NL);
            appendMethods("Beyond the seed set (optional; not needed for the vendor guide's setup)",
                    d.beyondSeedMethods(), width, out);
        }
        if (!r.notes().isEmpty()) {
            out.append(NL).append("Could not probe everything:").append(NL);
            r.notes().forEach(n -> out.append("  - ").append(n).append(NL));
        }
        out.append(NL);
        if (d.todo().isEmpty()) {
            out.append("Every method of the seed set is usable: each function is in the service and its probe "
                    + "passed.").append(NL);
        } else {
            out.append("To do for the Moodle admin:").append(NL);
            appendTodo(d.todo(), r.username(), out);
        }
        if (!d.beyondSeedTodo().isEmpty()) {
            out.append(NL).append("To do for the methods beyond the seed set, if you use them:").append(NL);
            appendTodo(d.beyondSeedTodo(), r.username(), out);
        }
        appendProbe(d.probe(), out);
        return out.toString();
    }

    private static void appendMethods(String title, java.util.List<MethodStatus> methods, int width,
                                      StringBuilder out) {
        long usable = methods.stream().filter(MethodStatus::usable).count();
        out.append(title).append(": ").append(usable).append(" of ").append(methods.size()).append(" usable")
                .append(NL);
        for (MethodStatus s : methods) {
            out.append("  ").append(pad(s.methodId(), width)).append("  ").append(verdict(s)).append(NL);
        }
    }

    /** usable / function missing from the service / capability missing: C (in X) / course access missing / unproven. */
    static String verdict(MethodStatus s) {
        return switch (s.verdict()) {
            case USABLE -> "usable";
            case FUNCTION_MISSING -> "function missing from the service: " + s.function();
            case CAPABILITY_MISSING -> "capability missing: " + s.capability() + " (in " + s.context() + ")";
            case COURSE_ACCESS_MISSING -> "course access missing (" + s.function() + ")";
            case UNPROVEN -> "unproven (" + s.function() + ")";
        };
    }

    private static String https(Diagnosis d) {
        if (d.report().https()) {
            return "yes";
        }
        return d.sandbox() ? "no (the sandbox listens on loopback only; a real site must use https://)"
                : "NO - WARNING: the token crosses the network in clear text; use an https:// URL";
    }

    private static void appendTodo(AdminTodo todo, String username, StringBuilder out) {
        int n = 1;
        for (AdminTask t : todo.functions()) {
            out.append("  ").append(n++).append(". Add the function ").append(t.function())
                    .append(" to the token's external service (Site administration > Server > Web services > "
                            + "External services).").append(NL);
            out.append("     It enables: ").append(String.join(", ", t.methods())).append(NL);
            out.append("     The role needs: ").append(String.join(", ", t.capabilities())).append(NL);
        }
        String context = null;
        for (CapabilityTask t : todo.capabilities()) {
            if (!t.context().equals(context)) {
                context = t.context();
                out.append("  ").append(n++).append(". Give the role of ").append(username)
                        .append(" these capabilities ").append(where(context)).append(':').append(NL);
            }
            out.append("     - ").append(t.capability()).append(t.inGuide() ? "" : "  (NOT in the vendor guide's list)")
                    .append(NL).append("       enables: ").append(String.join(", ", t.methods())).append(NL);
            if (t.note() != null) {
                out.append("       ").append(t.note()).append(NL);
            }
        }
        if (!todo.unproven().isEmpty()) {
            out.append("  ").append(n).append(". Not proved without writing (nothing to change yet):").append(NL);
            java.util.Map<String, java.util.List<MethodStatus>> byFunction = new java.util.LinkedHashMap<>();
            todo.unproven().forEach(s -> byFunction.computeIfAbsent(s.function(), f -> new java.util.ArrayList<>())
                    .add(s));
            byFunction.forEach((function, statuses) -> out.append("     - ").append(String.join(", ",
                    statuses.stream().map(MethodStatus::methodId).toList())).append(": ")
                    .append(statuses.get(0).detail()).append(NL));
        }
    }

    private static String where(String context) {
        return switch (context) {
            case "system" -> "at system level (Site administration > Users > Permissions > Define roles)";
            case "course" -> "in course context (a role given at system level, as the guide does, covers every "
                    + "course)";
            default -> "in " + context + " context (a role given at system level covers every " + context + ")";
        };
    }

    private static void appendProbe(ProbeResult p, StringBuilder out) {
        if (p == null) {
            return;
        }
        out.append(NL).append("Write probe (course ").append(p.courseId()).append("): ");
        if (p.ok()) {
            out.append("ok - created group ").append(p.groupId()).append(" and grouping ").append(p.groupingId())
                    .append(" and deleted them again").append(NL);
        } else {
            out.append("FAILED [").append(p.errorCode()).append("] ").append(p.message()).append(NL);
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
