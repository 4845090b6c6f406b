package io.moodleconnector.moodle.executor;

/** What kind of SPI error a Moodle errorcode becomes; the mapping itself is data, in {@code errorcodes.properties}. */
public enum ErrorKind {
    /** The token was refused: {@link io.moodleconnector.spi.AuthenticationException}. */
    AUTHENTICATION,
    /** The service or the role does not allow it: {@link io.moodleconnector.spi.PermissionException}. */
    PERMISSION,
    /** Moodle refused the parameters: {@link io.moodleconnector.spi.InvalidInputException}. */
    INVALID_INPUT,
    /** Any other Moodle error: {@link io.moodleconnector.spi.RemoteException}. */
    REMOTE
}
