package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.LocatedProbe;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.model.ProbeDefinition.Kind;
import io.moodleconnector.catalogue.model.ProbeVerdict;
import io.moodleconnector.catalogue.reference.MoodleFunction;
import io.moodleconnector.catalogue.reference.RecordedProbes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Capability probes ({@code probes:}) agree with the probes recorded on a real Moodle 4.5 site: the function and
 * variant were recorded, the kind says the same about writing, every errorcode the site answered is interpreted and
 * no verdict reads an errorcode the recording never interprets, the parameters are the function's, and named
 * methods call the function. When any linted file declares probes, every function the linted methods call needs
 * one that applies to each of its methods.
 */
final class ProbeCheck implements LintCheck {
    private static final Map<String, Kind> RECORDED_KINDS = Map.of("yes", Kind.WRITE_FREE, "read", Kind.READ,
            "rollback", Kind.ROLLBACK, "no", Kind.NONE, "no capability checked", Kind.NO_CAPABILITY);

    private final RecordedProbes recorded = RecordedProbes.shipped();

    @Override
    public List<Problem> check(LintContext context) {
        List<LocatedProbe> probes = context.files().stream().flatMap(f -> f.probes().stream()).toList();
        List<Problem> out = new ArrayList<>();
        for (LocatedProbe lp : probes) {
            out.addAll(checkOne(lp, context));
        }
        if (!probes.isEmpty()) {
            out.addAll(coverage(probes, context));
        }
        return out;
    }

    private List<Problem> checkOne(LocatedProbe lp, LintContext context) {
        ProbeDefinition p = lp.probe();
        List<Problem> out = new ArrayList<>();
        Optional<MoodleFunction> declared = context.reference().function(p.function());
        if (declared.isEmpty()) {
            return List.of(lp.problem("/function", "Moodle 4.5 has no function " + p.function()));
        }
        Optional<RecordedProbes.Recorded> rec = recorded.probe(p.function(), p.variant());
        if (p.kind() == Kind.UNRECORDED) {
            return rec.isPresent() || recorded.probe(p.function(), null).isPresent()
                    ? List.of(lp.problem("/kind", "capability_probes.json records a probe for " + p.function()
                    + ", so it cannot be declared unrecorded; follow the recording"))
                    : methodsCallFunction(lp, context);
        }
        if (rec.isEmpty()) {
            return List.of(lp.problem(p.variant() == null ? "/function" : "/variant", "capability_probes.json "
                    + "records no probe for " + p.function() + (p.variant() == null ? "" : " variant '"
                    + p.variant() + "'") + "; without a recording declare kind: unrecorded"));
        }
        RecordedProbes.Recorded r = rec.get();
        Kind expected = RECORDED_KINDS.get(r.writeFree());
        if (expected != p.kind()) {
            out.add(lp.problem("/kind", "the recorded probe of " + p.function() + " is '" + r.writeFree()
                    + "' (write_free_probe), so kind must be " + (expected == null ? "?" : expected.yaml())));
        }
        if (p.proxy() != null && r.proxy() != null && !p.proxy().equals(r.proxy())) {
            out.add(lp.problem("/proxy", "the recording names " + r.proxy() + " as running the same checks"));
        }
        if (p.kind().sends()) {
            out.addAll(errorcodes(lp, r));
            if (p.params() != null) {
                p.params().propertyNames().forEach(k -> {
                    if (!declared.get().parameters().keys().containsKey(k)) {
                        out.add(lp.problem("/params/" + k, p.function() + " declares no parameter '" + k
                                + "'; it has " + declared.get().parameters().keys().keySet()));
                    }
                });
            }
        }
        out.addAll(methodsCallFunction(lp, context));
        return out;
    }

    /** Every method a probe names calls the probe's function. */
    private static List<Problem> methodsCallFunction(LocatedProbe lp, LintContext context) {
        ProbeDefinition p = lp.probe();
        List<Problem> out = new ArrayList<>();
        for (int i = 0; i < p.methods().size(); i++) {
            String id = p.methods().get(i);
            Optional<MethodDefinition> m = context.target(id);
            if (m.isEmpty() || !m.get().function().equals(p.function())) {
                out.add(lp.problem("/methods/" + i, m.isEmpty() ? "no method '" + id + "'"
                        : "method '" + id + "' calls " + m.get().function() + ", not " + p.function()));
            }
        }
        return out;
    }

    private static List<Problem> errorcodes(LocatedProbe lp, RecordedProbes.Recorded r) {
        List<Problem> out = new ArrayList<>();
        Set<String> read = new LinkedHashSet<>();
        List<ProbeVerdict> verdicts = lp.probe().verdicts();
        for (int i = 0; i < verdicts.size(); i++) {
            ProbeVerdict v = verdicts.get(i);
            if (v.match() == ProbeVerdict.Match.ERRORCODE) {
                read.add(v.value());
                if (!r.interpretedWords().contains(v.value())) {
                    out.add(lp.problem("/verdicts/" + i + "/errorcode", "capability_probes.json never interprets "
                            + "errorcode " + v.value() + " for this probe; it interprets " + r.interpretedWords()));
                }
            }
        }
        for (String answered : r.answeredErrorcodes()) {
            if (!read.contains(answered)) {
                out.add(lp.problem("/verdicts", "the real site answered " + answered + " to this probe, and no "
                        + "verdict says what it means"));
            }
        }
        return out;
    }

    /** Every function of the linted methods has a probe for each of its methods, and no method has two. */
    private static List<Problem> coverage(List<LocatedProbe> probes, LintContext context) {
        List<Problem> out = new ArrayList<>();
        Map<String, LocatedProbe> defaults = new HashMap<>();
        Map<String, LocatedProbe> named = new HashMap<>();
        for (LocatedProbe lp : probes) {
            if (lp.probe().methods().isEmpty()) {
                LocatedProbe first = defaults.putIfAbsent(lp.probe().function(), lp);
                if (first != null) {
                    out.add(lp.problem("/function", "a second probe for every method of " + lp.probe().function()
                            + "; the first is at " + first.probe().location()));
                }
            }
            for (String id : lp.probe().methods()) {
                LocatedProbe first = named.putIfAbsent(id, lp);
                if (first != null) {
                    out.add(lp.problem("/methods", "method '" + id + "' already has the probe at "
                            + first.probe().location()));
                }
            }
        }
        for (LocatedMethod lm : context.methods()) {
            MethodDefinition m = lm.method();
            if (!named.containsKey(m.id()) && !defaults.containsKey(m.function())) {
                out.add(lm.problem("/function", "no capability probe for " + m.function() + " (probes:); the doctor "
                        + "could not tell whether the token may use " + m.id()));
            }
        }
        return out;
    }
}
