package io.moodleconnector.host.doctor;

import java.util.Objects;

/**
 * What the write probe did: created a throw-away group and grouping in {@code courseId} and deleted them again, or
 * failed.
 *
 * @param courseId   the course used
 * @param groupId    the id of the group created, or null when creating it failed
 * @param groupingId the id of the grouping created, or null when it was not created
 * @param deleted    whether everything created was deleted again
 * @param errorCode  the connector's error code of the failure (e.g. {@code permission}), or null on success
 * @param message    the failure's message, or null on success
 * @param exitCode   the CLI exit code the failure maps to; 0 on success
 */
public record ProbeResult(long courseId, Long groupId, Long groupingId, boolean deleted, String errorCode,
                          String message, int exitCode) {
    public ProbeResult {
        if ((errorCode == null) != (message == null)) {
            throw new IllegalArgumentException("errorCode and message go together");
        }
    }

    static ProbeResult passed(long courseId, long groupId, long groupingId) {
        return new ProbeResult(courseId, groupId, groupingId, true, null, null, 0);
    }

    static ProbeResult failed(long courseId, Long groupId, Long groupingId, boolean deleted, String errorCode,
                              String message, int exitCode) {
        return new ProbeResult(courseId, groupId, groupingId, deleted, Objects.requireNonNull(errorCode),
                Objects.requireNonNull(message), exitCode);
    }

    /** Whether the group and the grouping were both created and deleted. */
    public boolean ok() {
        return errorCode == null;
    }
}
