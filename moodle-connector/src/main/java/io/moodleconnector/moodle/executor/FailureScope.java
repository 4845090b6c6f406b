package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.TransportException;
import java.util.Objects;
import java.util.Set;

/**
 * What a failed request of a batch says about its items, and so what the run does next. Decided from Moodle's code
 * (4.5): {@code webservice/lib.php} refuses a token, a missing {@code webservice/rest:use} or a function outside the
 * service before any function runs; every batch write function of the seed ({@code user/externallib.php}
 * {@code create_users}, {@code group/externallib.php}, {@code enrol/manual/externallib.php}) does its work between
 * {@code start_delegated_transaction()} and {@code allow_commit()}, so an exception it raises rolls the whole request
 * back; and {@code invalidresponse} is raised by {@code external_api::clean_returnvalue} after the function returned,
 * i.e. after the commit. Stateless.
 */
enum FailureScope {
    /** Refused before the function ran (token, protocol, service): the items were never seen; stop the run. */
    REFUSED,
    /** The function raised inside its transaction: nothing was written, and it may be about one record. */
    RECORD,
    /** A read's transport failure, or a write that certainly never reached Moodle: the items failed; stop. */
    EXCHANGE,
    /** A write that may have been applied (no complete reply, or a reply Moodle failed after commit); stop. */
    UNKNOWN;

    /** Permission errorcodes the web-service layer raises before the function runs (webservice/lib.php). */
    private static final Set<String> BEFORE_THE_FUNCTION = Set.of("accessexception", "servicenotavailable",
            "servicerequireslogin");
    /** What Moodle says for every parameter problem when the site's debugging is off. */
    private static final String GENERIC_INVALID_PARAMETER = "Invalid parameter value detected";

    static FailureScope of(ConnectorException e) {
        if (e.outcome() != Outcome.NOT_APPLIED) {
            return UNKNOWN;
        }
        if (e instanceof AuthenticationException
                || e instanceof PermissionException p && BEFORE_THE_FUNCTION.contains(p.errorCode())) {
            return REFUSED;
        }
        if (e instanceof TransportException) {
            return EXCHANGE;
        }
        return RECORD;
    }

    /**
     * Whether two sibling halves failing with these errors show the error is not about one record: the same
     * reason, and a reason specific enough to tell (with debugging off every parameter problem reads "Invalid
     * parameter value detected", so two different bad records look alike and splitting must go on).
     */
    static boolean sameReason(ConnectorException a, ConnectorException b) {
        return reason(a).equals(reason(b)) && !generic(a);
    }

    private static String reason(ConnectorException e) {
        String detail = e instanceof RemoteException r ? r.errorCode() + "|" + r.debugInfo()
                : e instanceof PermissionException p ? p.errorCode() + "|" + p.debugInfo()
                : e instanceof InvalidInputException i ? String.valueOf(i.debugInfo()) : "";
        return e.code() + "|" + detail + "|" + Objects.toString(e.getMessage(), "");
    }

    private static boolean generic(ConnectorException e) {
        return e instanceof InvalidInputException i && i.debugInfo() == null
                && Objects.toString(i.getMessage(), "").contains(GENERIC_INVALID_PARAMETER);
    }
}
