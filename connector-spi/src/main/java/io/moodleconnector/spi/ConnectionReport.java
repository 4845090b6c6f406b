package io.moodleconnector.spi;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The answer of {@link Connector#check}: who the token belongs to on which site, and which methods it can use.
 *
 * @param siteName   the site's name
 * @param siteUrl    the URL the site reports for itself
 * @param release    Moodle's release string, e.g. {@code 4.5.5+ (Build: 20250613)}
 * @param username   the web-service user
 * @param userId     its id
 * @param https      whether the connection uses HTTPS
 * @param functions  the functions the token's service holds
 * @param methods    every method of the connector, usable or not, and why
 * @param notes      what the probes could not do and why (e.g. no course the token can see was found); may be empty
 */
public record ConnectionReport(String siteName, String siteUrl, String release, String username, long userId,
                               boolean https, Set<String> functions, List<MethodStatus> methods, List<String> notes) {
    public ConnectionReport {
        Objects.requireNonNull(siteName, "siteName");
        functions = Set.copyOf(functions);
        methods = List.copyOf(methods);
        notes = List.copyOf(notes);
    }

    /** A report without notes (the form before capability probes). */
    public ConnectionReport(String siteName, String siteUrl, String release, String username, long userId,
                            boolean https, Set<String> functions, List<MethodStatus> methods) {
        this(siteName, siteUrl, release, username, userId, https, functions, methods, List.of());
    }

    /** Whether every method is usable. */
    public boolean allUsable() {
        return methods.stream().allMatch(MethodStatus::usable);
    }

    /**
     * Whether one method can be used with this token, and how that is known.
     *
     * @param methodId     the method
     * @param function     the remote function it calls
     * @param usable       whether the token may use it: its function is in the service and, when the connector
     *                     could probe, the role passed the function's checks
     * @param capabilities the capabilities the catalogue lists for it
     * @param verdict      what was proved; {@link Verdict#USABLE} exactly when {@code usable}
     * @param capability   for {@link Verdict#CAPABILITY_MISSING}: the capability the role lacks; else null
     * @param context      for {@link Verdict#CAPABILITY_MISSING}: where the role needs it ({@code system},
     *                     {@code course}, {@code activity}); else null
     * @param detail       what was checked and what the verdict means for the method's answers (for
     *                     {@link Verdict#UNPROVEN}: why it could not be proved, and what was checked instead); may
     *                     be null
     */
    public record MethodStatus(String methodId, String function, boolean usable, List<String> capabilities,
                               Verdict verdict, String capability, String context, String detail) {
        public MethodStatus {
            Objects.requireNonNull(methodId, "methodId");
            Objects.requireNonNull(function, "function");
            Objects.requireNonNull(verdict, "verdict");
            capabilities = List.copyOf(capabilities);
            if (usable != (verdict == Verdict.USABLE)) {
                throw new IllegalArgumentException("usable must be true exactly for the verdict USABLE, not "
                        + verdict);
            }
        }

        /** A status known only from the service's function list (no probe). */
        public MethodStatus(String methodId, String function, boolean usable, List<String> capabilities) {
            this(methodId, function, usable, capabilities, usable ? Verdict.USABLE : Verdict.FUNCTION_MISSING,
                    null, null, null);
        }
    }

    /** What a check proved about one method. */
    public enum Verdict {
        /** The function is in the service and the role passed its checks (or it checks none). */
        USABLE,
        /** The token's external service does not hold the function. */
        FUNCTION_MISSING,
        /** The role lacks a capability the function checks. */
        CAPABILITY_MISSING,
        /** The web-service user cannot access the course (not enrolled and no {@code moodle/course:view}). */
        COURSE_ACCESS_MISSING,
        /** No probe could decide without writing; the detail says what was checked instead. */
        UNPROVEN
    }
}
