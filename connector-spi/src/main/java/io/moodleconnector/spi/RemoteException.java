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

    /** An error that applied nothing: Moodle raised it before or inside the function, which rolled back. */
    public RemoteException(String errorCode, String message, String exception, String debugInfo) {
        this(errorCode, message, exception, debugInfo, Outcome.NOT_APPLIED);
    }

    /**
     * @param outcome {@link Outcome#APPLIED} when Moodle raised the error after the function committed, e.g.
     *                {@code invalidresponse} while checking a write's own reply
     */
    public RemoteException(String errorCode, String message, String exception, String debugInfo, Outcome outcome) {
        super("remote_error", message, null, false, outcome);
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
