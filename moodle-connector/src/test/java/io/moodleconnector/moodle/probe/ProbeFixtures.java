package io.moodleconnector.moodle.probe;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.sandbox.roles.Role;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Grouping;
import io.moodleconnector.sandbox.state.Records.GroupingGroup;
import java.util.List;

/** A sandbox with a role and the lab's probe fixtures: in LAB102 (3), group 20 in grouping 9 and group 21 not. */
final class ProbeFixtures {
    private ProbeFixtures() {
    }

    static MoodleSandbox sandbox(String role) {
        MoodleSandbox sandbox = MoodleSandbox.builder().role(Role.parse(List.of(role))).build().start();
        sandbox.inspect(site -> {
            site.groups().put(20L, new Group(20, 3, "Capability probe group A", "", 1, null, "", 0, true, 0, 0));
            site.groups().put(21L, new Group(21, 3, "Capability probe group B", "", 1, null, "", 0, true, 0, 0));
            site.groupings().put(9L, new Grouping(9, 3, "Capability probe grouping", "", 1, "", 0, 0));
            return site.groupingGroups().add(new GroupingGroup(9, 20));
        });
        return sandbox;
    }
}
