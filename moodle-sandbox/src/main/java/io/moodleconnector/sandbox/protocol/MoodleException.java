package io.moodleconnector.sandbox.protocol;

/**
 * An error Moodle answers with HTTP 200 and {@code {"exception":..,"errorcode":..,"message":..,"debuginfo":..}}.
 * Immutable. Build them through {@link MoodleErrors}, the one table of Moodle's error codes and texts.
 */
public final class MoodleException extends RuntimeException {
    private final String exceptionClass;
    private final String errorCode;
    private final String moodleMessage;
    private final String debugInfo;

    public MoodleException(String exceptionClass, String errorCode, String moodleMessage, String debugInfo) {
        super(errorCode + ": " + moodleMessage + (debugInfo == null ? "" : " (" + debugInfo + ")"), null, false, false);
        this.exceptionClass = exceptionClass;
        this.errorCode = errorCode;
        this.moodleMessage = moodleMessage;
        this.debugInfo = debugInfo;
    }

    /** The PHP class Moodle names, e.g. {@code core\exception\invalid_parameter_exception}. */
    public String exceptionClass() {
        return exceptionClass;
    }

    public String errorCode() {
        return errorCode;
    }

    public String moodleMessage() {
        return moodleMessage;
    }

    /** What Moodle adds as {@code debuginfo} when site debugging is on; null when it adds nothing. */
    public String debugInfo() {
        return debugInfo;
    }
}
