package io.moodleconnector.spi;

/**
 * Something the input names does not exist on the site, e.g. a course id. Moodle often answers that with an access
 * error ({@code errorcoursecontextnotvalid} stands both for a missing course and for one the user may not enter);
 * the connector checks which it is before it reports this, so a platform tells the caller to fix the input, not the
 * admin to fix a role. {@link #pointer()} names the input field. Nothing was applied. Code {@code not_found}.
 */
public class NotFoundException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final String pointer;
    private final String errorCode;

    /**
     * @param pointer   JSON Pointer of the input field that names the missing object ({@code ""} when unknown)
     * @param errorCode Moodle's errorcode that led to the check, or null
     */
    public NotFoundException(String message, String pointer, String errorCode) {
        super("not_found", message);
        this.pointer = pointer == null ? "" : pointer;
        this.errorCode = errorCode;
    }

    /** JSON Pointer of the input field naming what does not exist, e.g. {@code /courseid}; {@code ""} if unknown. */
    public String pointer() {
        return pointer;
    }

    /** Moodle's errorcode, e.g. {@code errorcoursecontextnotvalid}; null when none. */
    public String errorCode() {
        return errorCode;
    }
}
