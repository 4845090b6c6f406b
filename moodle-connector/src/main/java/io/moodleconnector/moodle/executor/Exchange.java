package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One request of a call: flatten the parameters behind the protocol fields, send, classify (as the reply streams
 * in), normalise. Immutable
 * and thread-safe.
 */
public final class Exchange {
    private final MoodleTransport transport;
    private final ReplyClassifier classifier;

    public Exchange(MoodleTransport transport, ReplyClassifier classifier) {
        this.transport = transport;
        this.classifier = classifier;
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
        Object reply = transport.send(connection, fields, method.readOnly(),
                classifier.reader(method.function(), connection.token()));
        OutputNormaliser.Normalised normalised = OutputNormaliser.normalise(method.output(), reply);
        ReplyCheck.check(method, reply, normalised.data());
        return normalised;
    }
}
