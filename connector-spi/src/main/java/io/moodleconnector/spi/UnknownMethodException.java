package io.moodleconnector.spi;

/** No method has the id the host asked for. Code {@code unknown_method}. */
public class UnknownMethodException extends ConnectorException {
    private static final long serialVersionUID = 1L;

    public UnknownMethodException(String methodId) {
        super("unknown_method", "no method with id '" + methodId + "'");
    }
}
