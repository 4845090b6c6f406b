package io.moodleconnector.moodle.executor;

import io.moodleconnector.moodle.transport.BoundedBody;
import io.moodleconnector.moodle.transport.RawReply;
import io.moodleconnector.moodle.transport.Redactor;
import io.moodleconnector.moodle.transport.ReplyReader;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Stage 6, classify: decides what a reply is, while it streams in. A Moodle JSON value is read into plain values
 * ({@link PlainJsonReader}; JSON {@code null} is {@code null}, the success of a function that returns nothing); a
 * Moodle error body becomes its typed error ({@link MoodleErrors}); anything else, an HTTP error status, an HTML
 * or XML page, truncated JSON, becomes a {@link TransportException} saying what came back. Immutable and
 * thread-safe.
 */
public final class ReplyClassifier {
    private final MoodleErrors errors;

    public ReplyClassifier(MoodleErrors errors) {
        this.errors = errors;
    }

    /** The reader of one request's reply to {@code function}. */
    public ReplyReader<Object> reader(String function, Secret token) {
        return new ReplyReader<>() {
            @Override
            public Object read(BoundedBody body) throws IOException {
                return classify(body, function, token);
            }

            @Override
            public Object refused(RawReply reply) {
                throw statusError(reply, token);
            }
        };
    }

    /**
     * Moodle's answer, read from a 2xx body as it streams in.
     *
     * @throws io.moodleconnector.spi.ConnectorException the typed error the reply stands for
     * @throws IOException                               when the body could not be read (retriable)
     */
    Object classify(BoundedBody body, String function, Secret token) throws IOException {
        Object value;
        try {
            value = PlainJsonReader.read(body, ReplyLimits.forByteCap(body.limit()));
        } catch (JacksonIOException e) {
            throw e.getCause(); // the connection failed, not the JSON: the transport's retriable kind
        } catch (StreamConstraintsException e) {
            throw new TransportException("Moodle's reply to " + function + " is more than the connector decodes for"
                    + " a maxResponseBytes of " + body.limit() + ": " + e.getOriginalMessage() + " (limits: "
                    + ReplyLimits.forByteCap(body.limit()) + "); ask for less data per call", false, body.status(),
                    null);
        } catch (JacksonException e) {
            RawReply reply = body.drain(); // the whole length, for the message; bounded like the rest
            throw new TransportException(notJson(reply, token), false, reply.status(), null);
        }
        if (MoodleErrors.isError(value)) {
            throw errors.toException((Map<?, ?>) value, function, token);
        }
        return value;
    }

    private static TransportException statusError(RawReply reply, Secret token) {
        int status = reply.status();
        boolean retriable = reply.retriable();
        String why = switch (status) {
            case 403 -> "web services (or the REST protocol) are disabled on the site, or a firewall refused the"
                    + " request; the Moodle admin can enable them under Site administration > Server > Web services";
            case 404 -> "there is no Moodle web service at this URL; check the site URL";
            case 429 -> "the site is rate limiting requests";
            default -> status >= 500 ? "the site or a proxy in front of it failed"
                    : status >= 300 && status < 400 ? Redirects.explain(reply.location(), token)
                    : "the site refused the request";
        };
        return new TransportException("HTTP " + status + " from Moodle: " + why + " (" + describe(reply, token) + ")",
                retriable, status, null);
    }

    private static String notJson(RawReply reply, Secret token) {
        String type = reply.contentType().toLowerCase(Locale.ROOT);
        byte[] head = reply.head();
        String what;
        if (type.contains("html") || startsWith(head, "<!") || startsWith(head, "<html")) {
            what = "an HTML page instead of Moodle's JSON (a login, maintenance or proxy page?)";
        } else if (type.contains("xml") || startsWith(head, "<?xml")) {
            what = "XML instead of JSON: Moodle did not see moodlewsrestformat=json (were the form fields dropped?)";
        } else {
            what = "a body that is not complete JSON (truncated or malformed)";
        }
        return "Moodle answered with " + what + " (" + describe(reply, token) + ")";
    }

    private static String describe(RawReply reply, Secret token) {
        return "HTTP " + reply.status() + ", Content-Type '" + reply.contentType() + "', " + reply.length()
                + " bytes, starting: " + Redactor.excerpt(reply.head(), token);
    }

    private static boolean startsWith(byte[] head, String prefix) {
        String text = new String(head, 0, Math.min(head.length, 64), StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return text.startsWith(prefix);
    }
}
