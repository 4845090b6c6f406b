package io.moodleconnector.host;

/**
 * The host could not give what was asked: the plugins folder is missing, or no loaded plugin offers the requested
 * connector. The message names the folder and what was found there, so the fix is clear.
 */
public class ConnectorHostException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConnectorHostException(String message) {
        super(message);
    }
}
