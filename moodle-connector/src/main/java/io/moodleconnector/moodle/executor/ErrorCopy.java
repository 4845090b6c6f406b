package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.TransportException;
import io.moodleconnector.spi.Violation;
import java.util.List;

/**
 * Copies of the SPI's errors: the same type and fields with one thing changed (the outcome a write's failure really
 * had, the item's pointer once a record is isolated), or a fresh instance so that an error thrown with its items is
 * never also the error of one of those items. Every copy's cause chain is {@linkplain Portable#cause portable} (the
 * SPI's Moodle errors carry none). Stateless.
 */
final class ErrorCopy {
    private ErrorCopy() {
    }

    /** A fresh copy of {@code e}, without items. */
    static ConnectorException of(ConnectorException e) {
        return copy(e, null, e.outcome());
    }

    /**
     * A copy whose violations at the whole input ({@code ""}) name {@code pointer} instead: Moodle refused one
     * record, now known to be this one.
     */
    static ConnectorException at(ConnectorException e, String pointer) {
        return copy(e, pointer, e.outcome());
    }

    /** A copy with another outcome; never retriable unless nothing was applied. */
    static ConnectorException withOutcome(ConnectorException e, Outcome outcome) {
        return copy(e, null, outcome);
    }

    private static ConnectorException copy(ConnectorException e, String pointer, Outcome outcome) {
        String message = e.getMessage();
        boolean retriable = e.retriable() && outcome == Outcome.NOT_APPLIED;
        Throwable cause = Portable.cause(e.getCause());
        ConnectorException copy;
        if (e instanceof InvalidInputException i) {
            List<Violation> violations = pointer == null ? i.violations() : i.violations().stream()
                    .map(v -> v.pointer().isEmpty() ? new Violation(pointer, v.message(), v.keyword()) : v).toList();
            copy = new InvalidInputException(message, violations, i.debugInfo());
        } else if (e instanceof AuthenticationException a) {
            copy = new AuthenticationException(a.errorCode(), message);
        } else if (e instanceof PermissionException p) {
            copy = new PermissionException(p.errorCode(), message, p.function(), p.capability(), p.debugInfo());
        } else if (e instanceof RemoteException r) {
            copy = new RemoteException(r.errorCode(), message, r.exception(), r.debugInfo(), outcome);
        } else if (e instanceof TransportException t) {
            copy = new TransportException(message, retriable, t.httpStatus(), cause, outcome);
        } else if (e.getClass() == ConnectorException.class) {
            copy = new ConnectorException(e.code(), message, cause, retriable, outcome);
        } else {
            return e; // a type this plugin never raises from a request
        }
        copy.setStackTrace(e.getStackTrace());
        return copy;
    }
}
