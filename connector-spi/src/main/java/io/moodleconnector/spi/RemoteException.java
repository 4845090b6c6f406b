package io.moodleconnector.spi;

/**
 * Moodle answered with an error of its own that is neither about the input's shape nor about access, e.g. a record
 * that does not exist ({@code invalidrecord}) or an id number already in use ({@code idnumbertaken}). Moodle's
 * errorcode and message are kept verbatim. Code {@code remote_error}.
 */
public class RemoteException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;
    private final String exception;
    private final String debugInfo;

    public RemoteException(String errorCode, String message, String exception, String debugInfo) {
        super("remote_error", message);
        this.errorCode = errorCode;
        this.exception = exception;
        this.debugInfo = debugInfo;
    }

    /** Moodle's errorcode, verbatim. */
    public String errorCode() { return errorCode; }

    /** Moodle's PHP exception class, e.g. {@code dml_missing_record_exception}. */
    public String exception() { return exception; }

    /** Moodle's {@code debuginfo}, or null when the site's debugging is off. */
    public String debugInfo() { return debugInfo; }
}
