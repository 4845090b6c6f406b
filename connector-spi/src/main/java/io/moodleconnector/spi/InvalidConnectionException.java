package io.moodleconnector.spi;

import java.util.List;

/**
 * A connection config was refused: {@link #violations()} lists every problem, each with the JSON Pointer of its
 * field in the config ({@code /url}, {@code /token}, {@code /requestsPerSecond}, ...). Nothing was sent. Messages
 * never quote the token. Code {@code invalid_connection}; a subtype of {@link InvalidInputException}, because the
 * caller must fix what it passed.
 */
public class InvalidConnectionException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    public InvalidConnectionException(List<Violation> violations) {
        super("invalid_connection", "the connection", violations);
    }
}
