package io.moodleconnector.host.demo;

import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;

/** An error as the demo prints it: its class, code, message and Moodle's errorcode / debuginfo when it has them. */
final class ErrorView {
    private ErrorView() {
    }

    static String describe(ConnectorException e) {
        StringBuilder s = new StringBuilder(e.getClass().getSimpleName()).append(" [").append(e.code()).append("] ")
                .append(e.getMessage());
        if (e instanceof RemoteException r) {
            s.append(" (Moodle errorcode ").append(r.errorCode()).append(debug(r.debugInfo())).append(')');
        } else if (e instanceof PermissionException p) {
            s.append(" (Moodle errorcode ").append(p.errorCode()).append(debug(p.debugInfo())).append(')');
        } else if (e instanceof InvalidInputException i && i.debugInfo() != null) {
            s.append(" (Moodle debuginfo: ").append(i.debugInfo()).append(')');
        }
        // Moodle's debuginfo may span lines (an SQL query); the printout keeps one line per answer.
        return s.toString().replaceAll("\\s+", " ");
    }

    private static String debug(String debugInfo) {
        return debugInfo == null ? "" : ", debuginfo: " + debugInfo;
    }
}
