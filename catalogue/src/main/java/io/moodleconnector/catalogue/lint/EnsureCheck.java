package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.EnsureDefinition;
import io.moodleconnector.catalogue.model.EnsureStep;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.OutputMapping;
import io.moodleconnector.catalogue.model.RequestMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Ensure methods ({@code ensure:}) hold together: every step names an existing method of the right kind (a find
 * step a read that promises one record or null, the create step a write), every step input pointer is declared in
 * the step method's input schema and every source in this method's (or, with {@code each}, in one element of that
 * array), the step method gets every property it requires, and the method itself sends nothing: no {@code request}
 * or {@code batch}, only {@code output.schema}, and its {@code function}/{@code access} are those of its create
 * method so a host checks the right permission.
 */
final class EnsureCheck implements LintCheck {
    @Override
    public List<Problem> check(LintContext context) {
        List<Problem> out = new ArrayList<>();
        for (LocatedMethod lm : context.methods()) {
            EnsureDefinition e = lm.method().ensure();
            if (e != null) {
                check(lm, e, context, out);
            }
        }
        return out;
    }

    private static void check(LocatedMethod lm, EnsureDefinition e, LintContext context, List<Problem> out) {
        MethodDefinition m = lm.method();
        if (m.request() != RequestMapping.IDENTITY) {
            out.add(lm.problem("/request", "an ensure method sends nothing itself; remove request (each step maps"
                    + " its own input)"));
        }
        if (m.batch() != null) {
            out.add(lm.problem("/batch", "an ensure method sends nothing itself; remove batch (use ensure.each for"
                    + " an array of records; the create method splits it)"));
        }
        OutputMapping o = m.output();
        if (!o.data().isEmpty() || !o.convert().isEmpty() || o.single() || o.perItem() || !o.match().isEmpty()) {
            out.add(lm.problem("/output", "an ensure method's result is {created, record} (a list of them with"
                    + " each); declare only output.schema"));
        }
        if (e.batch() && !SchemaNav.at(m.input(), e.each()).path("type").asString("").equals("array")) {
            out.add(lm.problem("/ensure/each", "each '" + e.each() + "' must select an array in the input schema"));
        }
        String source = e.batch() ? e.each() + "/*" : "";
        for (int i = 0; i < e.find().size(); i++) {
            String at = "/ensure/find/" + i;
            step(lm, at, "find", e.find().get(i), source, context, out).ifPresent(f -> {
                if (!f.readOnly() || !f.output().single()) {
                    out.add(lm.problem(at + "/method", "find method '" + f.id() + "' must be a read that promises"
                            + " one record or null (access: read, output.single: true)"));
                }
            });
        }
        // With each, the create step gets this method's input itself (its own input must be left out).
        step(lm, "/ensure/create", "create", e.create(), "", context, out).ifPresent(c -> create(lm, e, c, out));
    }

    private static void create(LocatedMethod lm, EnsureDefinition e, MethodDefinition c, List<Problem> out) {
        MethodDefinition m = lm.method();
        if (c.readOnly()) {
            out.add(lm.problem("/ensure/create/method", "create method '" + c.id() + "' must be a write"));
        }
        if (!m.function().equals(c.function()) || m.access() != c.access()) {
            out.add(lm.problem("/function", "function and access must be those of the create method '" + c.id()
                    + "' (" + c.function() + ", " + c.access().yamlName() + "), so a host checks the permission"
                    + " that matters"));
        }
        if (e.batch()) {
            if (!e.create().input().equals(EnsureStep.WHOLE_INPUT)) {
                out.add(lm.problem("/ensure/create/input", "with each, the create method gets this method's input"
                        + " with only the records not found at '" + e.each() + "'; remove input"));
            } else if (!SchemaNav.at(c.input(), e.each()).path("type").asString("").equals("array")) {
                out.add(lm.problem("/ensure/each", "each '" + e.each() + "' must select an array in the input"
                        + " schema of create method '" + c.id() + "'"));
            }
        }
    }

    /** Checks a step's method and pointers; returns its method when it exists. */
    private static Optional<MethodDefinition> step(LocatedMethod lm, String at, String role, EnsureStep step,
                                                   String sourcePrefix, LintContext context, List<Problem> out) {
        Optional<MethodDefinition> target = context.target(step.method());
        if (target.isEmpty()) {
            out.add(lm.problem(at + "/method", role + " method '" + step.method() + "' does not exist"));
            return target;
        }
        MethodDefinition t = target.get();
        if (t.ensure() != null) {
            out.add(lm.problem(at + "/method", role + " method '" + t.id() + "' is itself an ensure method; name"
                    + " the method that calls Moodle"));
        }
        for (Map.Entry<String, String> p : step.input().entrySet()) {
            if (!p.getKey().isEmpty() && SchemaNav.at(t.input(), p.getKey()).isMissingNode()) {
                out.add(lm.problem(at + "/input", "'" + p.getKey() + "' is not declared in the input schema of '"
                        + t.id() + "'"));
            }
            if (SchemaNav.at(lm.method().input(), sourcePrefix + p.getValue()).isMissingNode()) {
                out.add(lm.problem(at + "/input", "source '" + p.getValue() + "' is not declared in "
                        + (sourcePrefix.isEmpty() ? "this method's input schema" : "the items of '"
                        + sourcePrefix.substring(0, sourcePrefix.length() - 2) + "' in this method's input schema")));
            }
        }
        if (!step.input().containsKey("")) {
            for (JsonNode r : SchemaNav.deref(t.input(), t.input()).path("required")) {
                if (!step.input().containsKey("/" + r.asString())) {
                    out.add(lm.problem(at + "/input", role + " method '" + t.id() + "' requires '/" + r.asString()
                            + "'; map it in input"));
                }
            }
        }
        return target;
    }
}
