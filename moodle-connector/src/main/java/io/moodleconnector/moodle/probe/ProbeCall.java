package io.moodleconnector.moodle.probe;

import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.executor.Exchange;
import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.moodle.executor.PlainValues;
import io.moodleconnector.moodle.transport.BoundedBody;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.moodle.transport.RawReply;
import io.moodleconnector.moodle.transport.ReplyReader;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.TransportException;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Sends one call with Moodle's parameters as they are (probes use values the methods' input schemas rightly refuse,
 * such as descriptionformat 99) and returns Moodle's errorcode or reply without turning errors into exceptions:
 * for a probe an error is the answer. A refused token still throws, as any call would. Every request goes through
 * the check's one {@link CallScope}: its deadline bounds them together, a cancel ends them, its listeners hear them.
 * One per check, used by its calling thread.
 */
final class ProbeCall {
    private final MoodleTransport transport;
    private final CallScope scope;

    ProbeCall(MoodleTransport transport, CallScope scope) {
        this.transport = transport;
        this.scope = scope;
    }

    /**
     * @param retry whether the call may be repeated after a transport failure (reads only)
     * @throws TransportException      when no reply came back
     * @throws AuthenticationException when Moodle refused the token
     * @throws io.moodleconnector.spi.CancelledException        when the check was cancelled
     * @throws io.moodleconnector.spi.DeadlineExceededException when the check's deadline passed
     */
    Answer call(Connection connection, String function, JsonNode params, boolean retry) {
        Object reply = transport.send(scope, connection, function,
                Exchange.form(function, connection, PlainValues.fromTree(params)), retry,
                new ReplyReader<>() {
                    @Override
                    public Object read(BoundedBody body) {
                        try {
                            return PlainJsonReader.read(body);
                        } catch (JacksonException e) {
                            throw new TransportException("the reply to " + function + " is not Moodle's JSON", false,
                                    body.status(), null);
                        }
                    }

                    @Override
                    public Object refused(RawReply raw) {
                        throw new TransportException("HTTP " + raw.status() + " to " + function, false, raw.status(),
                                null);
                    }
                });
        if (reply instanceof Map<?, ?> m && m.containsKey("exception")) {
            String code = String.valueOf(m.get("errorcode"));
            if (code.equals("invalidtoken")) {
                throw new AuthenticationException(code, "Moodle refused the token (" + code + ")");
            }
            return new Answer(code, null);
        }
        return new Answer(null, reply);
    }
}
