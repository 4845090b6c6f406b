package io.moodleconnector.moodle.executor;

import io.moodleconnector.moodle.transport.RawReply;
import io.moodleconnector.moodle.transport.Redactor;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.TransportException;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Stage 6, classify: decides what a reply is. A Moodle JSON value is returned as a tree (JSON {@code null} too, the
 * success of a function that returns nothing); a Moodle error body becomes its typed error ({@link MoodleErrors});
 * anything else, an HTTP error status, an HTML or XML page, truncated JSON, becomes a {@link TransportException}
 * saying what came back. Immutable and thread-safe.
 */
public final class ReplyClassifier {
    private final MoodleErrors errors;

    public ReplyClassifier(MoodleErrors errors) {
        this.errors = errors;
    }

    /**
     * Moodle's answer.
     *
     * @throws io.moodleconnector.spi.ConnectorException the typed error the reply stands for
     */
    public JsonNode classify(RawReply reply, String function, Secret token) {
        if (reply.status() < 200 || reply.status() > 299) {
            throw statusError(reply, token);
        }
        byte[] body = reply.body();
        JsonNode json;
        try {
            json = JsonValues.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw new TransportException(notJson(reply, body, token), false, reply.status(), null);
        }
        if (json == null || json.isMissingNode()) {
            throw new TransportException(notJson(reply, body, token), false, reply.status(), null);
        }
        if (MoodleErrors.isError(json)) {
            throw errors.toException(json, function, token);
        }
        return json;
    }

    private static TransportException statusError(RawReply reply, Secret token) {
        int status = reply.status();
        boolean retriable = status >= 500 || status == 429 || status == 408;
        String why = switch (status) {
            case 403 -> "web services (or the REST protocol) are disabled on the site, or a firewall refused the"
                    + " request; the Moodle admin can enable them under Site administration > Server > Web services";
            case 404 -> "there is no Moodle web service at this URL; check the site URL";
            case 429 -> "the site is rate limiting requests";
            default -> status >= 500 ? "the site or a proxy in front of it failed" : "the site refused the request";
        };
        return new TransportException("HTTP " + status + " from Moodle: " + why + " (" + describe(reply, token) + ")",
                retriable, status, null);
    }

    private static String notJson(RawReply reply, byte[] body, Secret token) {
        String type = reply.contentType().toLowerCase(Locale.ROOT);
        String what;
        if (type.contains("html") || startsWith(body, "<!") || startsWith(body, "<html")) {
            what = "an HTML page instead of Moodle's JSON (a login, maintenance or proxy page?)";
        } else if (type.contains("xml") || startsWith(body, "<?xml")) {
            what = "XML instead of JSON: Moodle did not see moodlewsrestformat=json (were the form fields dropped?)";
        } else {
            what = "a body that is not complete JSON (truncated or malformed)";
        }
        return "Moodle answered with " + what + " (" + describe(reply, token) + ")";
    }

    private static String describe(RawReply reply, Secret token) {
        byte[] body = reply.body();
        return "HTTP " + reply.status() + ", Content-Type '" + reply.contentType() + "', " + body.length
                + " bytes, starting: " + Redactor.excerpt(body, token);
    }

    private static boolean startsWith(byte[] body, String prefix) {
        String head = new String(body, 0, Math.min(body.length, 64), java.nio.charset.StandardCharsets.UTF_8)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith(prefix);
    }
}
