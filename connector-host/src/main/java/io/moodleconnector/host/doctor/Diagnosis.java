package io.moodleconnector.host.doctor;

import io.moodleconnector.catalogue.SeedSet;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The doctor's findings: the connector's report (with the delete methods proved usable when the write probe
 * deleted what it created), the admin's to-do lists derived from it (the seed set's, which decides readiness, and
 * that of the methods beyond it), whether the connection is the built-in sandbox, and the write probe's result (null
 * when not asked for). The seed set is the methods calling the vendor guide's 25 functions and site info
 * ({@link SeedSet}): a site set up by the guide is ready when they are all usable, whatever the others say.
 */
public record Diagnosis(ConnectionReport report, AdminTodo todo, AdminTodo beyondSeedTodo, boolean sandbox,
                        ProbeResult probe) {
    private static final Set<String> PROVED_BY_WRITE_PROBE = Set.of(WriteProbe.GROUP_DELETE_FUNCTION,
            WriteProbe.GROUPING_DELETE_FUNCTION);

    public Diagnosis {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(todo, "todo");
        Objects.requireNonNull(beyondSeedTodo, "beyondSeedTodo");
    }

    public static Diagnosis of(ConnectionReport report, boolean sandbox, ProbeResult probe) {
        ConnectionReport effective = probe != null && probe.ok() ? provedByWrites(report, probe) : report;
        return new Diagnosis(effective, AdminTodo.of(only(effective, true)), AdminTodo.of(only(effective, false)),
                sandbox, probe);
    }

    /** The report with only the seed set's methods, or only the others. */
    private static ConnectionReport only(ConnectionReport r, boolean seed) {
        return new ConnectionReport(r.siteName(), r.siteUrl(), r.release(), r.username(), r.userId(), r.https(),
                r.functions(), r.methods().stream().filter(s -> SeedSet.contains(s.function()) == seed).toList(),
                r.notes());
    }

    private static ConnectionReport provedByWrites(ConnectionReport r, ProbeResult probe) {
        List<MethodStatus> methods = new ArrayList<>();
        for (MethodStatus s : r.methods()) {
            boolean proved = s.verdict() == Verdict.UNPROVEN && PROVED_BY_WRITE_PROBE.contains(s.function());
            methods.add(!proved ? s : new MethodStatus(s.methodId(), s.function(), true, s.capabilities(),
                    Verdict.USABLE, null, null, "proved by --probe-writes: created group " + probe.groupId()
                    + " and grouping " + probe.groupingId() + " in course " + probe.courseId() + " and deleted them"));
        }
        return new ConnectionReport(r.siteName(), r.siteUrl(), r.release(), r.username(), r.userId(), r.https(),
                r.functions(), methods, r.notes());
    }

    /** How many methods are usable. */
    public long usableCount() {
        return report.methods().stream().filter(MethodStatus::usable).count();
    }

    /** The seed set's methods, in the report's order. */
    public List<MethodStatus> seedMethods() {
        return report.methods().stream().filter(s -> SeedSet.contains(s.function())).toList();
    }

    /** The methods beyond the seed set, in the report's order. */
    public List<MethodStatus> beyondSeedMethods() {
        return report.methods().stream().filter(s -> !SeedSet.contains(s.function())).toList();
    }

    /** Whether every method of the seed set is usable: what the doctor's exit code says. */
    public boolean seedReady() {
        return seedMethods().stream().allMatch(MethodStatus::usable);
    }

    /** Whether the write probe was run and failed. */
    public boolean probeFailed() {
        return probe != null && !probe.ok();
    }
}
