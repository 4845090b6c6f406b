package io.moodleconnector.spi;

/**
 * The exchange itself failed: no connection, a timeout, an HTTP error status, or a reply that is not Moodle's JSON
 * (an HTML login or maintenance page, truncated JSON, a body over the size limit). {@link #retriable()} says
 * whether trying again later may succeed. Code {@code transport}.
 */
public class TransportException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final boolean retriable;
    private final int httpStatus;

    public TransportException(String message, boolean retriable, int httpStatus, Throwable cause) {
        super("transport", message, cause);
        this.retriable = retriable;
        this.httpStatus = httpStatus;
    }

    /** Whether the same call may succeed if tried again later. */
    public boolean retriable() { return retriable; }

    /** The HTTP status that came back, or 0 when none did. */
    public int httpStatus() { return httpStatus; }
}
