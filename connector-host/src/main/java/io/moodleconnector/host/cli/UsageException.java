package io.moodleconnector.host.cli;

/** The command line asks for something that cannot be done as given, e.g. a call without a site URL. Exit code 2. */
public class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
