package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHostException;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.NotFoundException;
import io.moodleconnector.spi.PartialFailureException;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.TransportException;
import io.moodleconnector.spi.UnknownMethodException;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The one table from a failure to the CLI's exit code and error code. Rows are tried in order, so a subtype comes
 * before its supertype; the last row catches everything.
 *
 * <p>Exit codes: 0 success, 1 a bug in the tool, 2 invalid input or usage (an unknown course included), 3
 * authentication or permission, 4 a remote Moodle error or a partial failure, 5 transport failure (a deadline or a
 * cancel included). A connector exception keeps its own
 * {@linkplain ConnectorException#code() code}; the other rows name theirs.
 */
public enum Failure {
    USAGE(UsageException.class, 2, "usage"),
    PARAMETER(CommandLine.ParameterException.class, 2, "usage"),
    HOST(ConnectorHostException.class, 2, "plugin"),
    INVALID_INPUT(InvalidInputException.class, 2, "invalid_input"),
    UNKNOWN_METHOD(UnknownMethodException.class, 2, "unknown_method"),
    NOT_FOUND(NotFoundException.class, 2, "not_found"),
    AUTHENTICATION(AuthenticationException.class, 3, "authentication"),
    PERMISSION(PermissionException.class, 3, "permission"),
    PARTIAL_FAILURE(PartialFailureException.class, 4, "partial_failure"),
    REMOTE(RemoteException.class, 4, "remote_error"),
    TRANSPORT(TransportException.class, 5, "transport"),
    DEADLINE_EXCEEDED(DeadlineExceededException.class, 5, "deadline_exceeded"),
    CANCELLED(CancelledException.class, 5, "cancelled"),
    OTHER_CONNECTOR(ConnectorException.class, 4, "connector_error"),
    INTERNAL(Throwable.class, 1, "internal");

    private final Class<? extends Throwable> type;
    private final int exitCode;
    private final String code;

    Failure(Class<? extends Throwable> type, int exitCode, String code) {
        this.type = type;
        this.exitCode = exitCode;
        this.code = code;
    }

    /** The first row whose type the failure is an instance of. */
    public static Failure of(Throwable failure) {
        return Arrays.stream(values()).filter(row -> row.type.isInstance(failure)).findFirst().orElse(INTERNAL);
    }

    /** The process exit code. */
    public int exitCode() {
        return exitCode;
    }

    /** The error code for the JSON error object: the connector's own code, else this row's. */
    public String code(Throwable failure) {
        return failure instanceof ConnectorException ce ? ce.code() : code;
    }
}
