package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * One item of the admin's to-do list: add {@code function} to the token's external service, and make sure the
 * web-service user's role has {@code capabilities}; that makes {@code methods} usable.
 *
 * @param function     the Moodle function missing from the service
 * @param methods      the connector methods it disables, in catalogue order
 * @param capabilities the capabilities those methods need, sorted, without duplicates
 */
public record AdminTask(String function, List<String> methods, List<String> capabilities) {
    public AdminTask {
        Objects.requireNonNull(function, "function");
        methods = List.copyOf(methods);
        capabilities = List.copyOf(capabilities);
    }

    /** One task per function missing from the service, in the order its first method is listed. */
    public static List<AdminTask> of(ConnectionReport report) {
        Map<String, List<MethodStatus>> byFunction = new LinkedHashMap<>();
        for (MethodStatus s : report.methods()) {
            if (s.verdict() == ConnectionReport.Verdict.FUNCTION_MISSING) {
                byFunction.computeIfAbsent(s.function(), f -> new ArrayList<>()).add(s);
            }
        }
        List<AdminTask> tasks = new ArrayList<>();
        byFunction.forEach((function, statuses) -> {
            TreeSet<String> caps = new TreeSet<>();
            statuses.forEach(s -> caps.addAll(s.capabilities()));
            tasks.add(new AdminTask(function, statuses.stream().map(MethodStatus::methodId).toList(),
                    List.copyOf(caps)));
        });
        return List.copyOf(tasks);
    }
}
