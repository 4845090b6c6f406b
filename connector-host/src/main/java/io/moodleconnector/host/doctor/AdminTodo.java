package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin's to-do list, from a report's verdicts: functions to add to the external service, and capabilities to
 * give the role grouped by context level (system, then course, then activity), each with the methods it enables and
 * whether the vendor guide lists it; course access missing becomes {@code moodle/course:view}.
 *
 * @param functions    one task per function missing from the service
 * @param capabilities one task per missing capability, system level first
 * @param unproven     methods nobody could prove, with what was checked instead
 */
public record AdminTodo(List<AdminTask> functions, List<CapabilityTask> capabilities, List<MethodStatus> unproven) {
    private static final List<String> CONTEXTS = List.of("system", "course", "activity");

    public AdminTodo {
        functions = List.copyOf(functions);
        capabilities = List.copyOf(capabilities);
        unproven = List.copyOf(unproven);
    }

    public static AdminTodo of(ConnectionReport report) {
        Map<String, CapabilityTask> caps = new LinkedHashMap<>();
        List<MethodStatus> unproven = new ArrayList<>();
        for (MethodStatus s : report.methods()) {
            if (s.verdict() == Verdict.CAPABILITY_MISSING) {
                add(caps, s.capability(), s.context(), s.methodId(), note(s.detail()));
            } else if (s.verdict() == Verdict.COURSE_ACCESS_MISSING) {
                add(caps, "moodle/course:view", "course", s.methodId(), "or enrol the user in the courses it works "
                        + "on; a hidden course also needs moodle/course:viewhiddencourses");
            } else if (s.verdict() == Verdict.UNPROVEN) {
                unproven.add(s);
            }
        }
        List<CapabilityTask> sorted = new ArrayList<>(caps.values());
        sorted.sort(java.util.Comparator.comparingInt((CapabilityTask t) -> CONTEXTS.indexOf(t.context()))
                .thenComparing(CapabilityTask::capability));
        return new AdminTodo(AdminTask.of(report), sorted, unproven);
    }

    private static void add(Map<String, CapabilityTask> caps, String capability, String context, String method,
                            String note) {
        CapabilityTask t = caps.get(capability);
        List<String> methods = new ArrayList<>(t == null ? List.of() : t.methods());
        methods.add(method);
        caps.put(capability, new CapabilityTask(capability, context, methods, VendorGuide.lists(capability),
                t != null && t.note() != null ? t.note() : note));
    }

    /** The part of a verdict's detail after the answer (the catalogue's note), or null. */
    private static String note(String detail) {
        if (detail == null) {
            return null;
        }
        int colon = detail.indexOf(": ");
        return colon < 0 ? null : detail.substring(colon + 2);
    }

    public boolean isEmpty() {
        return functions.isEmpty() && capabilities.isEmpty() && unproven.isEmpty();
    }
}
