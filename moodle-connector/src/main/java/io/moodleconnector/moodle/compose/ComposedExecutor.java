package io.moodleconnector.moodle.compose;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.OutputMapping;
import io.moodleconnector.moodle.executor.MethodExecutor;
import io.moodleconnector.moodle.executor.OutputNormaliser;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.MethodResult;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs any catalogue method, including the composed ones: an ensure method by {@link EnsureRun}, a method with
 * {@code output.match} by running it without {@code single}, keeping the exact matches and then taking the one
 * element; every other method goes straight to {@link MethodExecutor#execute}. Thread-safe: it holds the immutable
 * catalogue, the thread-safe executor and a cache of derived (immutable) definitions.
 */
public final class ComposedExecutor {
    private final Catalogue catalogue;
    private final MethodExecutor executor;
    private final Map<String, MethodDefinition> unsingled = new ConcurrentHashMap<>();

    public ComposedExecutor(Catalogue catalogue, MethodExecutor executor) {
        this.catalogue = catalogue;
        this.executor = executor;
    }

    /**
     * Runs a method.
     *
     * @param input the caller's input; null is an empty object
     * @throws io.moodleconnector.spi.ConnectorException the typed error of whatever failed
     */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection) {
        return execute(method, input, connection, CallScope.detached(method.id()));
    }

    /** Runs a method within a call's deadline, cancellation and events; the steps of an ensure share them. */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection,
                                CallScope call) {
        if (method.ensure() != null) {
            return new EnsureRun(this, method, connection, call).run(input == null ? Map.of() : input);
        }
        if (method.output().match().isEmpty()) {
            return executor.execute(method, input, connection, call);
        }
        // Filter before single: "several" must mean several exact matches, not several LIKE matches.
        MethodResult raw = executor.execute(unsingled.computeIfAbsent(method.id(), id -> unsingled(method)), input,
                connection, call);
        Object data = ExactMatch.filter(method.output().match(), raw.data(), input == null ? Map.of() : input);
        if (method.output().single()) {
            data = OutputNormaliser.single(data, method.id());
        }
        return new MethodResult(data, raw.warnings(), raw.items(), raw.requests());
    }

    /** Validates an input as a call of the method would (see {@link MethodExecutor#validate}). */
    void validate(MethodDefinition method, Map<String, Object> input) {
        executor.validate(method, input);
    }

    MethodDefinition method(String id) {
        return catalogue.method(id).orElseThrow(() -> new IllegalStateException("the catalogue names a method '" + id
                + "' it does not have; run `connector catalogue lint`"));
    }

    /** The schema of a list of what {@code single} would have taken one of: the unsingled reply is checked as such. */
    private static tools.jackson.databind.JsonNode listOf(tools.jackson.databind.JsonNode element) {
        if (element == null || element.isEmpty()) {
            return element;
        }
        tools.jackson.databind.node.ObjectNode list = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        list.put("type", "array");
        list.set("items", element);
        return list;
    }

    private static MethodDefinition unsingled(MethodDefinition m) {
        OutputMapping o = m.output();
        return new MethodDefinition(m.id(), m.name(), m.category(), m.description(), m.function(), m.access(),
                m.capabilities(), m.input(), m.request(), m.batch(),
                new OutputMapping(o.data(), o.convert(), false, o.perItem(), listOf(o.schema())), m.lookups(), m.examples(),
                m.location());
    }
}
