package io.moodleconnector.moodle.executor;

import io.moodleconnector.moodle.transport.Redactor;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.Violation;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one of Moodle's error bodies ({@code {"exception","errorcode","message","debuginfo"?}}) into the typed SPI
 * error its errorcode calls for, by the {@link ErrorTable}. Immutable and thread-safe.
 */
public final class MoodleErrors {
    /** A capability name such as {@code webservice/rest:use} or {@code moodle/user:create}. */
    private static final Pattern CAPABILITY = Pattern.compile("\\b([a-z]+/[a-z0-9_]+:[a-z0-9_]+)\\b");
    /** The display name {@code nopermissions} puts in brackets: "... permissions to do that (Create users)." */
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]+)\\)\\.?\\s*$");
    private static final String DEBUG_HINT = "Moodle gives the detail only when the site's debugging is on: ask the"
            + " Moodle admin to set Site administration > Development > Debugging to DEVELOPER and try again.";

    private final ErrorTable table;

    public MoodleErrors(ErrorTable table) {
        this.table = table;
    }

    /** Whether a reply (plain values) is one of Moodle's error bodies: an object with an {@code exception} key. */
    public static boolean isError(Object reply) {
        return reply instanceof Map<?, ?> m && m.containsKey("exception");
    }

    /** The typed error for an error body. */
    public ConnectorException toException(Map<?, ?> reply, String function, Secret token) {
        String errorCode = text(reply, "errorcode", token);
        String message = text(reply, "message", token);
        String debugInfo = text(reply, "debuginfo", token);
        String exception = text(reply, "exception", token);
        return switch (table.kindOf(errorCode)) {
            case AUTHENTICATION -> new AuthenticationException(errorCode, "Moodle refused the token (" + errorCode
                    + "): " + message + ". It may be wrong, expired, restricted to other IP addresses, or its user"
                    + " suspended; the Moodle admin can check it under Site administration > Server > Web services"
                    + " > Manage tokens.");
            case PERMISSION -> permission(errorCode, message, debugInfo, function);
            case INVALID_INPUT -> new InvalidInputException("Moodle refused the parameters of " + function + ": "
                    + (debugInfo != null ? debugInfo : message + ". " + DEBUG_HINT),
                    List.of(new Violation("", debugInfo != null ? debugInfo : message, "moodle")), debugInfo);
            case REMOTE -> new RemoteException(errorCode, message, exception, debugInfo);
        };
    }

    private static PermissionException permission(String code, String message, String debugInfo, String function) {
        String capability = find(CAPABILITY, debugInfo);
        if (capability == null) {
            capability = find(CAPABILITY, message);
        }
        if (capability == null && "nopermissions".equals(code)) {
            capability = find(BRACKETED, message);
        }
        StringBuilder text = new StringBuilder("Moodle did not allow ").append(function).append(" (").append(code)
                .append("): ").append(message);
        if (capability != null) {
            text.append(". The web-service user's role needs the capability '").append(capability).append("'");
        } else if ("accessexception".equals(code)) {
            text.append(". Either the token's external service does not hold ").append(function)
                    .append(", or the user lacks webservice/rest:use; the Moodle admin must add it");
        }
        if (debugInfo != null) {
            text.append(". Detail: ").append(debugInfo);
        }
        return new PermissionException(code, text.toString(), function, capability, debugInfo);
    }

    private static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /** A field as text: a scalar as it reads, an object or array as its JSON. */
    private static String text(Map<?, ?> reply, String field, Secret token) {
        Object v = reply.get(field);
        if (v == null) {
            return null;
        }
        boolean container = v instanceof Map<?, ?> || v instanceof List<?>;
        return Redactor.hide(container ? JsonValues.MAPPER.writeValueAsString(v) : v.toString(), token);
    }
}
