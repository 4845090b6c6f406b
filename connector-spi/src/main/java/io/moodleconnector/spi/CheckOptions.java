package io.moodleconnector.spi;

/**
 * How {@link Connector#check(Connection, CheckOptions)} proves what a token may do.
 *
 * @param courseId a course the probes may use (none of them writes); null to let the connector find one the token
 *                 can see
 * @param cmId     an activity (course module id) the probes may use; null to let the connector find one, if it can
 * @param refresh  run the probes now even when this connection was probed within the last hour
 */
public record CheckOptions(Long courseId, Long cmId, boolean refresh) {
    /** Find the objects, and reuse probe results younger than an hour. */
    public static final CheckOptions DEFAULT = new CheckOptions(null, null, false);

    public CheckOptions {
        if (courseId != null && courseId < 1 || cmId != null && cmId < 1) {
            throw new IllegalArgumentException("courseId and cmId must be positive ids");
        }
    }
}
