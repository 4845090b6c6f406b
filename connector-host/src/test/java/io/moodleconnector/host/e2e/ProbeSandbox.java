package io.moodleconnector.host.e2e;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.sandbox.roles.Role;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Grouping;
import io.moodleconnector.sandbox.state.Records.GroupingGroup;
import java.util.List;
import java.util.Set;

/**
 * A sandbox whose token has a role, with the objects the lab's capability probes used in LAB102 (course 3): group 20
 * in grouping 9 and group 21 outside it (capability_probes.json, fixtures). The forum cmid 3 is seeded already.
 */
final class ProbeSandbox {
    private ProbeSandbox() {
    }

    static MoodleSandbox start(String role, Set<String> functions) {
        MoodleSandbox sandbox = MoodleSandbox.builder().port(0).functions(functions).role(Role.parse(List.of(role)))
                .build().start();
        sandbox.inspect(site -> {
            site.groups().put(20L, new Group(20, 3, "Capability probe group A", "", 1, null, "", 0, true, 0, 0));
            site.groups().put(21L, new Group(21, 3, "Capability probe group B", "", 1, null, "", 0, true, 0, 0));
            site.groupings().put(9L, new Grouping(9, 3, "Capability probe grouping", "", 1, "", 0, 0));
            return site.groupingGroups().add(new GroupingGroup(9, 20));
        });
        return sandbox;
    }

    /** Rows a probe could touch: groups, groupings, members, grouping assignments, users, enrolments. */
    static List<Integer> rows(MoodleSandbox sandbox) {
        return sandbox.inspect(site -> List.of(site.groups().size(), site.groupings().size(), site.members().size(),
                site.groupingGroups().size(), site.users().size(), site.enrolments().size()));
    }
}
