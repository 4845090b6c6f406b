package io.moodleconnector.moodle.probe;

import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.model.ProbeVerdict;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import java.util.List;
import java.util.Map;

/** Reads a probe's answer by its verdict rules, first match first. Stateless. */
final class Judge {
    private Judge() {
    }

    static Proof judge(ProbeDefinition probe, Answer answer) {
        for (ProbeVerdict rule : probe.verdicts()) {
            if (matches(rule, answer)) {
                return proof(probe, rule, answer);
            }
        }
        return Proof.unproven(probe.function() + " answered " + answer.describe() + " to its probe, which the "
                + "catalogue's verdicts do not interpret");
    }

    private static boolean matches(ProbeVerdict rule, Answer a) {
        return switch (rule.match()) {
            case ERRORCODE -> rule.value().equals(a.errorcode());
            case ANSWER -> a.ok();
            case EMPTY -> a.ok() && isEmpty(at(a.value(), rule.value()));
            case LACKS -> a.ok() && at(a.value(), rule.value()) == null;
            case WARNING -> a.ok() && at(a.value(), "/warnings") instanceof List<?> ws && ws.stream()
                    .anyMatch(w -> w instanceof Map<?, ?> m
                            && rule.value().equals(String.valueOf(m.get("warningcode"))));
        };
    }

    private static Proof proof(ProbeDefinition probe, ProbeVerdict rule, Answer a) {
        String answered = probe.function() + " answered " + a.describe() + " to its probe";
        return switch (rule.outcome()) {
            case USABLE -> new Proof(Verdict.USABLE, null, null, rule.text() == null ? answered
                    : answered + " (" + rule.text() + ")");
            case COURSE_ACCESS_MISSING -> new Proof(Verdict.COURSE_ACCESS_MISSING, null, null, answered + ": the user "
                    + "is not enrolled in the course and the role lacks moodle/course:view (a hidden course also "
                    + "needs moodle/course:viewhiddencourses)");
            case CAPABILITY_MISSING -> new Proof(Verdict.CAPABILITY_MISSING, rule.capability(), rule.context(),
                    rule.text() == null ? answered : answered + ": " + rule.text());
            case UNPROVEN -> Proof.unproven(answered + ": " + rule.text());
        };
    }

    private static boolean isEmpty(Object v) {
        return v == null || v instanceof List<?> l && l.isEmpty() || v instanceof Map<?, ?> m && m.isEmpty();
    }

    /** The value at a JSON Pointer in plain maps and lists, or null. */
    static Object at(Object value, String pointer) {
        Object v = value;
        if (pointer.isEmpty()) {
            return v;
        }
        for (String raw : pointer.substring(1).split("/", -1)) {
            String segment = raw.replace("~1", "/").replace("~0", "~");
            if (v instanceof Map<?, ?> m) {
                v = m.get(segment);
            } else if (v instanceof List<?> l && segment.matches("\\d{1,9}") && Integer.parseInt(segment) < l.size()) {
                v = l.get(Integer.parseInt(segment));
            } else {
                return null;
            }
        }
        return v;
    }
}
