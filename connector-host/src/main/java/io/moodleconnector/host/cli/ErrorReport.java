package io.moodleconnector.host.cli;

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
import io.moodleconnector.spi.Violation;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a failure into the CLI's error object, {@code {"error": CODE, "message": ..., "details": {...}}}, printed
 * as one line on stderr, and its exit code from {@link Failure}. Details carry what the failure knows: violations
 * (pointer, message, keyword), Moodle's errorcode and debuginfo, the per-item outcomes of a batch (done, failed,
 * not_attempted, unknown) once anything was sent, and for every connector error whether it is {@code retriable}
 * and its {@code outcome} (applied, not_applied, unknown).
 */
final class ErrorReport {
    private ErrorReport() {
    }

    /** Prints the error object for {@code failure} and answers the exit code. */
    static int print(Throwable failure, PrintWriter err) {
        Failure row = Failure.of(failure);
        err.println(Json.compact(object(failure, row)));
        err.flush();
        return row.exitCode();
    }

    /** The error object. */
    static Map<String, Object> object(Throwable failure, Failure row) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("error", row.code(failure));
        error.put("message", message(failure, row));
        error.put("details", details(failure));
        return error;
    }

    private static String message(Throwable failure, Failure row) {
        String message = failure.getMessage();
        if (row == Failure.INTERNAL) {
            // An unexpected failure: the type is the most useful clue for a bug report.
            return failure.getClass().getName() + (message == null ? "" : ": " + message);
        }
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private static Map<String, Object> details(Throwable failure) {
        Map<String, Object> d = new LinkedHashMap<>();
        if (failure instanceof InvalidInputException e) {
            d.put("violations", violations(e.violations()));
            putIfPresent(d, "debuginfo", e.debugInfo());
        } else if (failure instanceof AuthenticationException e) {
            putIfPresent(d, "errorcode", e.errorCode());
        } else if (failure instanceof PermissionException e) {
            putIfPresent(d, "errorcode", e.errorCode());
            putIfPresent(d, "function", e.function());
            putIfPresent(d, "capability", e.capability());
            putIfPresent(d, "debuginfo", e.debugInfo());
        } else if (failure instanceof RemoteException e) {
            putIfPresent(d, "errorcode", e.errorCode());
            putIfPresent(d, "exception", e.exception());
            putIfPresent(d, "debuginfo", e.debugInfo());
        } else if (failure instanceof NotFoundException e) {
            d.put("pointer", e.pointer());
            putIfPresent(d, "errorcode", e.errorCode());
        } else if (failure instanceof DeadlineExceededException e) {
            d.put("retriable", e.retriable());
            d.put("outcome", e.outcome().wireName());
            d.put("deadlineMillis", e.deadline().toMillis());
            d.put("budgetWaitMillis", e.budgetWait().toMillis());
        } else if (failure instanceof CancelledException e) {
            d.put("retriable", e.retriable());
            d.put("outcome", e.outcome().wireName());
        } else if (failure instanceof TransportException e) {
            d.put("httpStatus", e.httpStatus());
        } else if (failure instanceof PartialFailureException e) {
            d.put("items", ResultView.items(e.partialResult().items()));
            d.put("data", e.partialResult().data());
            d.put("warnings", e.partialResult().warnings());
            if (e.getCause() instanceof ConnectorException cause) {
                d.put("cause", object(cause, Failure.of(cause)));
            }
        }
        if (failure instanceof ConnectorException e) {
            // Every error says whether to retry and what it did, so a caller never branches on its type.
            d.put("retriable", e.retriable());
            d.put("outcome", e.outcome().wireName());
            if (!(e instanceof PartialFailureException) && !e.items().isEmpty()) {
                d.put("items", ResultView.items(e.items()));
            }
        }
        return d;
    }

    private static List<Map<String, Object>> violations(List<Violation> violations) {
        return violations.stream().map(v -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pointer", v.pointer());
            m.put("message", v.message());
            m.put("keyword", v.keyword());
            return m;
        }).toList();
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
