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
 */
public record ConnectionReport(String siteName, String siteUrl, String release, String username, long userId,
                               boolean https, Set<String> functions, List<MethodStatus> methods) {
    public ConnectionReport {
        Objects.requireNonNull(siteName, "siteName");
        functions = Set.copyOf(functions);
        methods = List.copyOf(methods);
    }

    /** Whether every method is usable. */
    public boolean allUsable() {
        return methods.stream().allMatch(MethodStatus::usable);
    }

    /**
     * Whether one method can be used with this token.
     *
     * @param methodId     the method
     * @param function     the remote function it calls
     * @param usable       whether the token's service holds that function
     * @param capabilities the capabilities the role needs for it (Moodle cannot be asked which ones the role has)
     */
    public record MethodStatus(String methodId, String function, boolean usable, List<String> capabilities) {
        public MethodStatus {
            Objects.requireNonNull(methodId, "methodId");
            Objects.requireNonNull(function, "function");
            capabilities = List.copyOf(capabilities);
        }
    }
}
