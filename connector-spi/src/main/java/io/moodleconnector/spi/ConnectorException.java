package io.moodleconnector.spi;

import java.util.Objects;

/**
 * The root of every failure a connector reports. Unchecked, and carrying a stable machine {@link #code()} that a
 * host may branch on and show; the message is for people and may change between releases.
 *
 * <p>Subtypes say who must act: {@link InvalidInputException} the caller, {@link AuthenticationException} and
 * {@link PermissionException} the Moodle admin, {@link RemoteException} whoever reads Moodle's own error,
 * {@link TransportException} nobody yet (it may pass), and {@link PartialFailureException} the caller, who learns
 * which items of a batch were done. Messages never contain the token.
 */
public class ConnectorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String code;

    public ConnectorException(String code, String message) {
        this(code, message, null);
    }

    public ConnectorException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    /** The stable machine code, e.g. {@code invalid_input} or {@code transport}. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + code + "]: " + getMessage();
    }
}
