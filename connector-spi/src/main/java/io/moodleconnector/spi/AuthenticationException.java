package io.moodleconnector.spi;

/**
 * Moodle did not accept the token (e.g. {@code invalidtoken}): it is wrong, expired, or bound to other IP
 * addresses, or web services are off. The Moodle admin must act. Code {@code authentication}.
 */
public class AuthenticationException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final String errorCode;

    public AuthenticationException(String errorCode, String message) {
        super("authentication", message);
        this.errorCode = errorCode;
    }

    /** Moodle's errorcode, e.g. {@code invalidtoken}; null when the refusal was not a Moodle error body. */
    public String errorCode() {
        return errorCode;
    }
}
