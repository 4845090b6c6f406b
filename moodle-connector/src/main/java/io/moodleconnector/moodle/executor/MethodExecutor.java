package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.Violation;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Runs any catalogue method: validate, map, chunk, then flatten, send, classify and normalise each request. The
 * only code path for every method; a method is data.
 *
 * <p>Thread-safe: it holds only the immutable catalogue and the thread-safe transport, and each call keeps its
 * state on its own stack.
 */
public final class MethodExecutor {
    private final Catalogue catalogue;
    private final Exchange exchange;
    private final UnknownCourses unknownCourses;

    public MethodExecutor(Catalogue catalogue, MoodleTransport transport) {
        this.catalogue = catalogue;
        ReplyClassifier classifier = new ReplyClassifier(new MoodleErrors(ErrorTable.shipped()));
        this.exchange = new Exchange(transport, classifier);
        this.unknownCourses = new UnknownCourses(catalogue, transport, classifier);
    }

    /** Runs a method outside any call's deadline and cancellation, reporting no events. */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection) {
        return execute(method, input, connection, CallScope.detached(method.id()));
    }

    /**
     * Runs a method.
     *
     * @param input the caller's input; null is an empty object
     * @param call  the call's deadline, cancellation and listeners
     * @throws io.moodleconnector.spi.ConnectorException the typed error of whatever failed
     */
    public MethodResult execute(MethodDefinition method, Map<String, Object> input, Connection connection,
                                CallScope call) {
        JsonNode in = input == null ? JsonNodeFactory.instance.objectNode() : InputTree.of(input);
        try {
            return run(method, in, connection, call);
        } catch (PermissionException e) {
            throw unknownCourses.explain(e, method, in, connection, call);
        }
    }

    private MethodResult run(MethodDefinition method, JsonNode in, Connection connection, CallScope call) {
        Exchange exchange = this.exchange.within(call);
        InputValidator.validate(catalogue.inputSchema(method.id()), in);
        JsonNode params = RequestMapper.map(method.request(), in);
        int maxVars = connection.options().maxInputVars();
        List<BatchChunker.Chunk> chunks = BatchChunker.chunk(params, method.batch(), maxVars);
        if (chunks.get(0).count() > 0) {
            return new BatchRun(method, connection, exchange).run(chunks);
        }
        int vars = BatchChunker.PROTOCOL_FIELDS + FormFlattener.count(params);
        if (vars > maxVars) {
            throw new InvalidInputException(List.of(new Violation("", "the input needs " + vars + " form variables,"
                    + " more than the connection's maxInputVars of " + maxVars + " (PHP would silently drop the"
                    + " rest); send less at once or raise the option if the site allows more", "maxInputVars")));
        }
        OutputNormaliser.Normalised reply = exchange.run(method, connection, params);
        Object data = method.output().single() ? OutputNormaliser.single(reply.data(), method.id()) : reply.data();
        return new MethodResult(data, reply.warnings(), List.of(), 1);
    }
}
