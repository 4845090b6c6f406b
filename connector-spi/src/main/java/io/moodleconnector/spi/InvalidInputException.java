package io.moodleconnector.spi;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input was refused. When the connector refuses it, {@link #violations()} lists every problem found (not only
 * the first) and nothing was sent. When Moodle refused it ({@code invalidparameter}), {@link #debugInfo()} carries
 * Moodle's detail, which Moodle only gives when the site's developer debugging is on. Code {@code invalid_input}.
 */
public class InvalidInputException extends ConnectorException {
    private static final long serialVersionUID = 1L;
    private final transient List<Violation> violations;
    private final String debugInfo;

    public InvalidInputException(List<Violation> violations) {
        super("invalid_input", describe("the input", violations));
        this.violations = List.copyOf(violations);
        this.debugInfo = null;
    }

    /** Refused by the connector with another code, for a subtype such as {@link InvalidConnectionException}. */
    protected InvalidInputException(String code, String what, List<Violation> violations) {
        super(code, describe(what, violations));
        this.violations = List.copyOf(violations);
        this.debugInfo = null;
    }

    /** Moodle refused the parameters; {@code debugInfo} may be null when the site's debugging is off. */
    public InvalidInputException(String message, List<Violation> violations, String debugInfo) {
        super("invalid_input", message);
        this.violations = List.copyOf(violations);
        this.debugInfo = debugInfo;
    }

    private static String describe(String what, List<Violation> violations) {
        return violations.size() + " problem" + (violations.size() == 1 ? "" : "s") + " in " + what + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }

    /** Every problem found, each naming its field. */
    public List<Violation> violations() {
        return violations;
    }

    /** Moodle's {@code debuginfo}, or null. */
    public String debugInfo() {
        return debugInfo;
    }
}
