package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.moodle.transport.Form;
import io.moodleconnector.moodle.transport.FormWriter;
import io.moodleconnector.moodle.transport.MoodleTransport;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLHandshakeException;

/**
 * One request of a call: flatten the parameters behind the protocol fields, send, classify (as the reply streams
 * in) and normalise; the result is portable as read (JDK and SPI types only, see {@link PlainJsonReader}), the
 * errors' causes are made {@linkplain Portable portable}. Every error it raises says what the request did
 * to the site ({@link ConnectorException#outcome()}): a write that may have reached Moodle without a complete reply
 * is {@link Outcome#UNKNOWN} and never retriable; {@code invalidresponse} to a write is {@link Outcome#APPLIED}. An
 * exchange {@linkplain #within bound to a call} sends within its deadline and cancellation and reports to its
 * listeners; an unbound one runs each request on its own. Immutable and thread-safe.
 */
public final class Exchange {
    /** Moodle raises it while checking a function's reply, after the function returned (and committed). */
    static final String INVALID_RESPONSE = "invalidresponse";

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

    /**
     * The form body of a request: {@code wstoken}, {@code wsfunction}, {@code moodlewsrestformat}, then the
     * parameters ({@link PlainValues}, as {@link RequestMapper} gives them).
     */
    public static Form form(String function, Connection connection, Object params) {
        return form(function, connection, params, 16);
    }

    /** {@link #form(String, Connection, Object)}, for a body expected to carry about {@code fields} variables. */
    public static Form form(String function, Connection connection, Object params, int fields) {
        FormWriter out = new FormWriter(fields);
        // First, always: if PHP's max_input_vars cuts the body, it cuts the end, and without these Moodle answers
        // an XML invalidtoken that hides the real cause.
        out.field("wstoken", connection.token().reveal()).field("wsfunction", function)
                .field("moodlewsrestformat", "json");
        FormFlattener.write(params, out);
        return out.finish();
    }

    /**
     * Runs one request.
     *
     * @param fields how many form variables the request carries, protocol fields included (its body is sized by it)
     * @throws ConnectorException the typed error of a failed exchange, with its outcome
     */
    public OutputNormaliser.Normalised run(MethodDefinition method, Connection connection, Object params,
                                         int fields) {
        Form form = form(method.function(), connection, params, fields);
        CallScope call = scope != null ? scope : CallScope.detached(method.id());
        Object reply;
        try {
            reply = transport.send(call, connection, method.function(), form, method.readOnly(),
                    classifier.reader(method.function(), connection.token()));
        } catch (TransportException e) {
            throw transportFailure(e, method.readOnly());
        } catch (RemoteException e) {
            if (!method.readOnly() && INVALID_RESPONSE.equals(e.errorCode())) {
                throw ErrorCopy.withOutcome(e, Outcome.APPLIED);
            }
            throw e;
        }
        OutputNormaliser.Normalised n = OutputNormaliser.normalise(method.output(), reply);
        try {
            ReplyCheck.check(method, reply, n.data());
        } catch (RemoteException e) {
            // Moodle answered a write with a value, so its function ran and committed: the shape is ours to doubt.
            throw method.readOnly() ? e : ErrorCopy.withOutcome(e, Outcome.APPLIED);
        }
        return n; // portable as it is: the reader makes JDK and SPI types only
    }

    /** A transport failure with the outcome it had: unknown for a write that may have reached Moodle. */
    private static ConnectorException transportFailure(TransportException e, boolean readOnly) {
        if (readOnly || e.outcome() != Outcome.NOT_APPLIED || neverReachedMoodle(e)) {
            return ErrorCopy.of(e);
        }
        return ErrorCopy.withOutcome(e, Outcome.UNKNOWN);
    }

    /**
     * Whether a failure certainly happened before PHP could run the function: no connection was made, a limit of
     * ours held the request back (no cause, no status), or a server in front of PHP refused it with a 4xx status.
     * Anything else (a reset or timeout after the body went out, a 5xx, a 2xx reply cut short or not JSON) may
     * follow a commit.
     */
    private static boolean neverReachedMoodle(TransportException e) {
        int status = e.httpStatus();
        if (status >= 400 && status < 500) {
            return true;
        }
        Throwable cause = e.getCause();
        if (status == 0 && cause == null) {
            return true;
        }
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SSLHandshakeException
                // interrupted while waiting for the site's budget: the request was never sent
                || cause instanceof InterruptedException;
    }
}
