package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.ConnectorHostException;
import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.CancelledException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.NotFoundException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PartialFailureException;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.TransportException;
import io.moodleconnector.spi.UnknownMethodException;
import io.moodleconnector.spi.Violation;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The one table from failure to exit code and error code. */
class FailureTableTest {
    static Stream<Arguments> failures() {
        RemoteException remote = new RemoteException("invalidrecord", "Can't find data record", "dml_missing_record_exception", null);
        return Stream.of(
                Arguments.of(new UsageException("no site URL"), 2, "usage"),
                Arguments.of(new ConnectorHostException("no connector"), 2, "plugin"),
                Arguments.of(new InvalidInputException(List.of(new Violation("/courseid", "must be an integer", "type"))), 2, "invalid_input"),
                Arguments.of(new UnknownMethodException("no.such"), 2, "unknown_method"),
                Arguments.of(new AuthenticationException("invalidtoken", "Invalid token"), 3, "authentication"),
                Arguments.of(new PermissionException("accessexception", "Access control exception", "f", null, null), 3, "permission"),
                Arguments.of(remote, 4, "remote_error"),
                Arguments.of(new PartialFailureException("1 of 2 done", new MethodResult(null, List.of(), List.of(), 1), remote), 4, "partial_failure"),
                Arguments.of(new TransportException("connection refused", true, 0, null), 5, "transport"),
                Arguments.of(new NotFoundException("no course 9", "/courseid", "errorcoursecontextnotvalid"), 2, "not_found"),
                Arguments.of(new DeadlineExceededException("late", java.time.Duration.ofSeconds(1), java.time.Duration.ZERO, Outcome.NOT_APPLIED, null), 5, "deadline_exceeded"),
                Arguments.of(new CancelledException("cancelled", Outcome.UNKNOWN, null), 5, "cancelled"),
                Arguments.of(new ConnectorException("something_new", "a code this table does not know"), 4, "something_new"),
                Arguments.of(new IllegalStateException("bug"), 1, "internal"));
    }

    @ParameterizedTest(name = "{0} exits {1} as {2}")
    @MethodSource("failures")
    void exitAndErrorCodeFollowTheTable(Throwable failure, int exit, String code) {
        Failure row = Failure.of(failure);
        assertThat(row.exitCode()).isEqualTo(exit);
        assertThat(row.code(failure)).isEqualTo(code);
    }
}
