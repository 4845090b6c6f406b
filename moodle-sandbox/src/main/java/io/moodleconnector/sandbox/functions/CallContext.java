package io.moodleconnector.sandbox.functions;

import io.moodleconnector.sandbox.protocol.MoodleErrors;
import io.moodleconnector.sandbox.state.Course;
import io.moodleconnector.sandbox.state.Records.Service;
import io.moodleconnector.sandbox.state.Site;
import io.moodleconnector.sandbox.state.User;

/**
 * One call: the site it works on, the calling user, the token's service, the site URL and the time. Also the
 * context and capability checks Moodle's functions run, with the errors each kind of check gives.
 */
public record CallContext(Site site, User caller, Service service, String siteUrl, long now, String version) {

    public boolean isManager() {
        return caller.access() == User.Access.MANAGER;
    }

    /**
     * The check the group functions make: a missing course or an inaccessible one is wrapped in
     * {@code errorcoursecontextnotvalid}.
     */
    public Course courseContextWrapped(long courseId) {
        Course course = site.courses().get(courseId);
        if (course == null) {
            throw MoodleErrors.courseContextNotValid(courseId, "Invalid parameter value detected");
        }
        if (!isManager()) {
            throw MoodleErrors.courseContextNotValid(courseId, "Course or activity not accessible.");
        }
        return course;
    }

    /** {@code self::validate_context} unwrapped, as the enrol functions call it. */
    public Course courseContext(long courseId) {
        Course course = site.courses().get(courseId);
        if (course == null) {
            throw MoodleErrors.invalidParameter("Context does not exist");
        }
        if (!isManager()) {
            throw MoodleErrors.requireLogin("Not enrolled");
        }
        return course;
    }

    /** require_capability, named as Moodle names the capability in its message. */
    public void requireCapability(String capabilityName) {
        if (!isManager()) {
            throw MoodleErrors.noPermissions(capabilityName);
        }
    }
}
