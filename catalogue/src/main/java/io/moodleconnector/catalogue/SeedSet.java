package io.moodleconnector.catalogue;

import java.util.List;
import java.util.Set;

/**
 * The seed set: the 25 Moodle functions of the vendor guide the connector promises to cover, plus
 * {@code core_webservice_get_site_info}, which every connection check calls. The one list of them: the linter checks
 * the shipped catalogue covers the 25, and {@code connector methods --seed} shows the methods calling any of the 26.
 */
public final class SeedSet {
    /** The 25 functions of the vendor guide. */
    public static final List<String> GUIDE_FUNCTIONS = List.of(
            "core_group_add_group_members", "core_group_assign_grouping", "core_group_create_groupings",
            "core_group_create_groups", "core_group_delete_group_members", "core_group_delete_groupings",
            "core_group_delete_groups", "core_group_get_activity_allowed_groups",
            "core_group_get_activity_groupmode", "core_group_get_course_groupings", "core_group_get_course_groups",
            "core_group_get_course_user_groups", "core_group_get_group_members", "core_group_get_groupings",
            "core_group_get_groups", "core_group_unassign_grouping", "core_group_update_groupings",
            "core_group_update_groups", "enrol_manual_enrol_users", "enrol_manual_unenrol_users",
            "core_course_get_courses", "core_user_create_users", "core_user_get_users",
            "gradereport_overview_get_course_grades", "core_auth_request_password_reset");

    /** The guide's functions and site info: the 26 functions of {@code reference/moodle/4.5/functions.json}. */
    public static final Set<String> FUNCTIONS = Set.copyOf(
            java.util.stream.Stream.concat(GUIDE_FUNCTIONS.stream(), java.util.stream.Stream.of(
                    "core_webservice_get_site_info")).toList());

    private SeedSet() {
    }

    /** Whether a method calling {@code function} belongs to the seed set. */
    public static boolean contains(String function) {
        return FUNCTIONS.contains(function);
    }
}
