package io.moodleconnector.host.doctor;

import java.util.Set;

/**
 * The capabilities the vendor's set-up guide tells the Moodle admin to give the web-service role (the list behind
 * reference/moodle/4.5/samples/minimal_role_results.json). The doctor calls out what a token needs beyond it:
 * enrolling needs moodle/role:assign, unenrolling enrol/manual:unenrol, another user's grades moodle/grade:viewall.
 */
final class VendorGuide {
    static final Set<String> CAPABILITIES = Set.of("moodle/course:view", "moodle/course:update",
            "moodle/course:viewhiddencourses", "moodle/course:managegroups", "moodle/user:create",
            "moodle/user:viewdetails", "moodle/user:viewhiddendetails", "moodle/course:useremail", "moodle/user:update",
            "enrol/manual:enrol", "moodle/grade:view", "webservice/rest:use");

    private VendorGuide() {
    }

    static boolean lists(String capability) {
        return CAPABILITIES.contains(capability);
    }
}
