package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import java.util.Map;

/**
 * State the catalogue's examples refer to, made through the connector on a fresh sandbox. The sandbox's sequences
 * start where the lab's did, so the first user created is 58, the first groups 25 and 26, the first groupings 29
 * and 30: exactly the ids in the examples.
 */
enum SandboxFixture {
    /** Nothing beyond the lab seed. */
    NONE,
    /** User 58 (jdoe@example.com, idnumber EXT-618711) enrolled in course 2; groups 25, 26; groupings 29, 30. */
    BASE,
    /** BASE, with user 58 in group 25 and group 25 in grouping 29. */
    LINKED,
    /** BASE, with cohort 1 (the first the sandbox creates). */
    COHORT;

    void apply(Connector connector, Connection connection) {
        if (this == NONE) {
            return;
        }
        assertThat(id(connector.invoke("users.create", Map.of("username", "fixture58", "password", "Fixture-1pass",
                "firstname", "Jane", "lastname", "Doe", "email", "jdoe@example.com", "idnumber", "EXT-618711"),
                connection).data())).isEqualTo(58);
        connector.invoke("enrolments.enrol", Map.of("userid", 58L, "courseid", 2L), connection);
        for (long expected = 25; expected <= 26; expected++) {
            assertThat(id(connector.invoke("groups.create", Map.of("courseid", 2L, "name", "Fixture group " + expected),
                    connection).data())).isEqualTo(expected);
        }
        for (long expected = 29; expected <= 30; expected++) {
            assertThat(id(connector.invoke("groupings.create", Map.of("courseid", 2L, "name",
                    "Fixture grouping " + expected), connection).data())).isEqualTo(expected);
        }
        if (this == COHORT) {
            assertThat(id(connector.invoke("cohorts.create", Map.of("name", "Fixture cohort"), connection).data()))
                    .isEqualTo(1);
        }
        if (this == LINKED) {
            connector.invoke("groups.add-member", Map.of("groupid", 25L, "userid", 58L), connection);
            connector.invoke("groupings.assign-group", Map.of("groupingid", 29L, "groupid", 25L), connection);
        }
    }

    /** Which state a method's first example needs. */
    static SandboxFixture forMethod(String methodId) {
        return switch (methodId) {
            // Their examples create jdoe@example.com, which BASE already made.
            case "users.create", "users.create-batch", "users.ensure", "users.ensure-batch" -> NONE;
            case "groups.remove-member", "groups.remove-members-batch", "groupings.unassign-group",
                    "groupings.unassign-groups-batch" -> LINKED;
            case "cohorts.add-member" -> COHORT;
            default -> BASE;
        };
    }

    private static long id(Object data) {
        Object id = data instanceof Map<?, ?> m ? m.get("id") : null;
        assertThat(id).as("id in " + data).isInstanceOf(Number.class);
        return ((Number) id).longValue();
    }
}
