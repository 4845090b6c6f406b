package io.moodleconnector.moodle.probe;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.model.ProbeDefinition.Kind;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import io.moodleconnector.spi.TransportException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Runs the catalogue's capability probes for the functions a token's service holds and proves, for each, whether
 * the role may use it. Generic: what to send and what each answer means is the catalogue's. Nothing it sends
 * writes: reads, calls that fail after their checks, and the two rollback probes whose write Moodle's transaction
 * undoes (capability_probes.json verified every one with row counts). Thread-safe.
 */
public final class ProbeRunner {
    private final Catalogue catalogue;
    private final MoodleTransport transport;

    public ProbeRunner(Catalogue catalogue, MoodleTransport transport) {
        this.catalogue = catalogue;
        this.transport = transport;
    }

    /**
     * The proofs of every probe whose function the service holds, and what could not be probed.
     *
     * @param check the check's scope: every probe's request runs within its deadline and cancellation, and is heard
     *              by its listeners
     * @throws io.moodleconnector.spi.AuthenticationException   when Moodle refuses the token
     * @throws io.moodleconnector.spi.CancelledException        when the check is cancelled: no result, not even a
     *                                                          partial one, so that nothing cut short is cached
     * @throws io.moodleconnector.spi.DeadlineExceededException when the check's deadline passes, likewise
     */
    public Result run(Connection connection, CheckOptions options, Set<String> functions, CallScope check) {
        ProbeCall call = new ProbeCall(transport, check);
        ProbeObjects objects = new ProbeObjects(call, connection, options, functions);
        Map<ProbeDefinition, Proof> proofs = new IdentityHashMap<>();
        for (ProbeDefinition p : catalogue.probes()) {
            if (functions.contains(p.function())) {
                proofs.put(p, prove(p, call, connection, objects, functions));
            }
        }
        return new Result(proofs, objects.notes());
    }

    private Proof prove(ProbeDefinition p, ProbeCall call, Connection connection, ProbeObjects objects,
                        Set<String> functions) {
        return switch (p.kind()) {
            case NO_CAPABILITY -> new Proof(Verdict.USABLE, null, null, p.function() + " checks no capability");
            case NONE -> proxy(p, call, connection, objects, functions);
            case UNRECORDED -> unrecorded(p);
            default -> send(p, call, connection, objects);
        };
    }

    private Proof send(ProbeDefinition p, ProbeCall call, Connection connection, ProbeObjects objects) {
        JsonNode params;
        try {
            params = substitute(p.params(), objects);
        } catch (MissingObject e) {
            return refused(e.name, objects).orElse(Proof.unproven("the probe of " + p.function()
                    + " needs an existing object: " + e.getMessage()));
        } catch (TransportException e) {
            return Proof.unproven("looking for the objects the probe of " + p.function() + " needs got no answer: "
                    + e.getMessage());
        }
        try {
            return Judge.judge(p, call.call(connection, p.function(), params, p.kind() == Kind.READ));
        } catch (TransportException e) {
            return Proof.unproven("the probe of " + p.function() + " got no answer: " + e.getMessage());
        }
    }

    /**
     * When the read that looks for an object was refused (or filtered to nothing), its own probe's verdict says
     * why: finding a group runs the same course access and capability checks as the probes that need one, and a
     * user the role cannot see by id is left out of an e-mail search too.
     */
    private Optional<Proof> refused(String object, ProbeObjects objects) {
        Optional<ProbeObjects.Refusal> refusal = objects.refusal(object);
        if (refusal.isEmpty()) {
            return Optional.empty();
        }
        return catalogue.probes().stream()
                .filter(q -> q.function().equals(refusal.get().function()) && q.methods().isEmpty()).findFirst()
                .map(q -> Judge.judge(q, refusal.get().answer()))
                .filter(seen -> seen.verdict() == Verdict.CAPABILITY_MISSING
                        || seen.verdict() == Verdict.COURSE_ACCESS_MISSING)
                .map(seen -> new Proof(seen.verdict(), seen.capability(), seen.context(), "proved while looking for "
                        + "the object the probe needs (" + object + "): " + seen.detail()));
    }

    /** No write-free probe: the function whose probe runs the same checks says what can be said. */
    private Proof proxy(ProbeDefinition p, ProbeCall call, Connection connection, ProbeObjects objects,
                        Set<String> functions) {
        String instead = "no write-free probe exists for " + p.function() + " (" + p.why().strip() + ")";
        Optional<ProbeDefinition> proxy = catalogue.probes().stream()
                .filter(q -> q.function().equals(p.proxy()) && q.methods().isEmpty() && q.kind().sends()).findFirst();
        if (proxy.isEmpty() || !functions.contains(p.proxy())) {
            return Proof.unproven(instead + "; nothing else was checked (" + p.proxy() + " is not in the service); "
                    + "doctor --probe-writes proves it by deleting a throw-away object");
        }
        Proof seen = send(proxy.get(), call, connection, objects);
        String through = p.proxy() + ", which runs the same checks";
        if (seen.verdict() == Verdict.CAPABILITY_MISSING || seen.verdict() == Verdict.COURSE_ACCESS_MISSING) {
            return new Proof(seen.verdict(), seen.capability(), seen.context(), "proved through " + through + ": "
                    + seen.detail());
        }
        return Proof.unproven(instead + "; checked instead: " + through + " (" + (seen.verdict() == Verdict.USABLE
                ? "passed" : seen.detail()) + "); doctor --probe-writes proves it by deleting a throw-away object");
    }

    /**
     * No probe was recorded on a real site: nothing is sent; what was checked is that the service holds the
     * function, and the capabilities the methods declare are what the admin must make sure the role has.
     */
    private Proof unrecorded(ProbeDefinition p) {
        java.util.Set<String> capabilities = new java.util.TreeSet<>();
        catalogue.methods().stream().filter(m -> m.function().equals(p.function()))
                .forEach(m -> capabilities.addAll(m.capabilities()));
        return Proof.unproven("no capability probe has been recorded for " + p.function() + " on a real Moodle "
                + "site, so none was sent (" + p.why().strip() + "); checked instead: the service holds it; the role "
                + "needs " + (capabilities.isEmpty() ? "no declared capability" : String.join(", ", capabilities)));
    }

    /** The probe's parameters with every {@code {$object: NAME}} replaced by the object found. */
    private static JsonNode substitute(JsonNode node, ProbeObjects objects) {
        if (node == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (node.isObject() && node.size() == 1 && node.has(ProbeDefinition.OBJECT)) {
            String name = node.get(ProbeDefinition.OBJECT).asString();
            Object value = objects.get(name).orElseThrow(() -> new MissingObject(name, objects.why(name)));
            return value instanceof Number n ? JsonNodeFactory.instance.numberNode(n.longValue())
                    : JsonNodeFactory.instance.stringNode(value.toString());
        }
        if (node.isObject()) {
            ObjectNode out = JsonNodeFactory.instance.objectNode();
            node.properties().forEach(e -> out.set(e.getKey(), substitute(e.getValue(), objects)));
            return out;
        }
        if (node.isArray()) {
            var out = JsonNodeFactory.instance.arrayNode();
            node.forEach(n -> out.add(substitute(n, objects)));
            return out;
        }
        return node;
    }

    /**
     * The proofs of one run.
     *
     * @param proofs by probe (identity)
     * @param notes  what could not be found for the probes, and why
     */
    public record Result(Map<ProbeDefinition, Proof> proofs, List<String> notes) {
        public Result {
            proofs = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(proofs));
            notes = List.copyOf(notes);
        }

        /** The proof of a probe, or empty when its function is not in the service. */
        public Optional<Proof> proof(ProbeDefinition probe) {
            return Optional.ofNullable(proofs.get(probe));
        }
    }

    /** An object a probe needs could not be found. */
    private static final class MissingObject extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String name;

        MissingObject(String name, String why) {
            super(why, null, false, false);
            this.name = name;
        }
    }
}
