package io.moodleconnector.spi;

/**
 * The token is valid but may not do this: the function is not in the token's external service, or the
 * web-service user's role lacks a capability. The Moodle admin must act. Code {@code permission}.
 */
public class PermissionException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;
    private final String function;
    private final String capability;
    private final String debugInfo;

    public PermissionException(String errorCode, String message, String function, String capability, String debugInfo) {
        super("permission", message);
        this.errorCode = errorCode;
        this.function = function;
        this.capability = capability;
        this.debugInfo = debugInfo;
    }

    /** Moodle's errorcode, e.g. {@code accessexception} or {@code nopermissions}. */
    public String errorCode() { return errorCode; }

    /** The function that was refused. */
    public String function() { return function; }

    /** The capability the role must be given, when known; else null. */
    public String capability() { return capability; }

    /** Moodle's {@code debuginfo}, or null. */
    public String debugInfo() { return debugInfo; }
}
