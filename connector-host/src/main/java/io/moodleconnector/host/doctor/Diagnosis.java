package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.ConnectionReport;
import java.util.List;
import java.util.Objects;

/**
 * The doctor's findings: the connector's report, the admin's to-do list derived from it, whether the connection
 * is the built-in sandbox, and the write probe's result (null when not asked for).
 */
public record Diagnosis(ConnectionReport report, List<AdminTask> tasks, boolean sandbox, ProbeResult probe) {
    public Diagnosis {
        Objects.requireNonNull(report, "report");
        tasks = List.copyOf(tasks);
    }

    public static Diagnosis of(ConnectionReport report, boolean sandbox, ProbeResult probe) {
        return new Diagnosis(report, AdminTask.of(report), sandbox, probe);
    }

    /** How many methods are usable. */
    public long usableCount() {
        return report.methods().stream().filter(ConnectionReport.MethodStatus::usable).count();
    }

    /** Whether the write probe was run and failed. */
    public boolean probeFailed() {
        return probe != null && !probe.ok();
    }
}
