package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The shipped catalogue covers every seed function with at least one method. */
final class CoverageCheck implements LintCheck {
    /** The Moodle functions the connector promises to cover. */
    static final List<String> SEED_FUNCTIONS = List.of(
            "core_group_add_group_members", "core_group_assign_grouping", "core_group_create_groupings",
            "core_group_create_groups", "core_group_delete_group_members", "core_group_delete_groupings",
            "core_group_delete_groups", "core_group_get_activity_allowed_groups",
            "core_group_get_activity_groupmode", "core_group_get_course_groupings", "core_group_get_course_groups",
            "core_group_get_course_user_groups", "core_group_get_group_members", "core_group_get_groupings",
            "core_group_get_groups", "core_group_unassign_grouping", "core_group_update_groupings",
            "core_group_update_groups", "enrol_manual_enrol_users", "enrol_manual_unenrol_users",
            "core_course_get_courses", "core_user_create_users", "core_user_get_users",
            "gradereport_overview_get_course_grades", "core_auth_request_password_reset");

    @Override
    public List<Problem> check(LintContext context) {
        Set<String> covered = new HashSet<>();
        context.methods().forEach(m -> covered.add(m.method().function()));
        String where = "index.txt";
        List<Problem> out = new ArrayList<>();
        for (String f : SEED_FUNCTIONS) {
            if (!covered.contains(f)) {
                out.add(new Problem(new SourceLocation(where, 0, 0), "",
                        "no method covers the seed function " + f));
            }
        }
        return out;
    }
}
