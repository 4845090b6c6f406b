package io.moodleconnector.spi;

/**
 * The exchange itself failed: no connection, a timeout, an HTTP error status, or a reply that is not Moodle's JSON
 * (an HTML login or maintenance page, truncated JSON, a body over the size limit). {@link #retriable()} says
 * whether trying again later may succeed. Code {@code transport}.
 */
public class TransportException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final int httpStatus;

    /** A failure of an exchange that applied nothing (nothing reached the function, or the call was a read). */
    public TransportException(String message, boolean retriable, int httpStatus, Throwable cause) {
        this(message, retriable, httpStatus, cause, Outcome.NOT_APPLIED);
    }

    /** @param outcome {@link Outcome#UNKNOWN} for a write that may have reached Moodle (then never retriable) */
    public TransportException(String message, boolean retriable, int httpStatus, Throwable cause, Outcome outcome) {
        super("transport", message, cause, retriable && outcome == Outcome.NOT_APPLIED, outcome);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status that came back, or 0 when none did. */
    public int httpStatus() { return httpStatus; }
}
