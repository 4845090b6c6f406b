package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.transport.FormField;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One request of a call: flatten the parameters behind the protocol fields, send, classify (as the reply streams
 * in), normalise. An exchange {@linkplain #within bound to a call} sends within its deadline and cancellation and
 * reports to its listeners; an unbound one runs each request on its own. Immutable
 * and thread-safe.
 */
public final class Exchange {
    private final MoodleTransport transport;
    private final ReplyClassifier classifier;
    private final CallScope scope;

    public Exchange(MoodleTransport transport, ReplyClassifier classifier) {
        this(transport, classifier, null);
    }

    private Exchange(MoodleTransport transport, ReplyClassifier classifier, CallScope scope) {
        this.transport = transport;
        this.classifier = classifier;
        this.scope = scope;
    }

    /** This exchange for the requests of one call. */
    public Exchange within(CallScope call) {
        return new Exchange(transport, classifier, call);
    }

    /** The call this exchange serves, for stages that report its events (a batch's chunk outcomes). */
    public CallScope scope() {
        return scope != null ? scope : CallScope.detached("");
    }

    /** The form fields of a request: {@code wstoken}, {@code wsfunction}, {@code moodlewsrestformat}, then params. */
    public static List<FormField> fields(String function, Connection connection, JsonNode params) {
        List<FormField> fields = new ArrayList<>();
        // First, always: if PHP's max_input_vars cuts the body, it cuts the end, and without these Moodle answers
        // an XML invalidtoken that hides the real cause.
        fields.add(new FormField("wstoken", connection.token().reveal()));
        fields.add(new FormField("wsfunction", function));
        fields.add(new FormField("moodlewsrestformat", "json"));
        fields.addAll(FormFlattener.flatten(params));
        return fields;
    }

    /**
     * Runs one request.
     *
     * @throws io.moodleconnector.spi.ConnectorException the typed error of a failed exchange
     */
    public OutputNormaliser.Normalised run(MethodDefinition method, Connection connection, JsonNode params) {
        List<FormField> fields = fields(method.function(), connection, params);
        CallScope call = scope != null ? scope : CallScope.detached(method.id());
        Object reply = transport.send(call, connection, method.function(), fields, method.readOnly(),
                classifier.reader(method.function(), connection.token()));
        return OutputNormaliser.normalise(method.output(), reply);
    }
}
