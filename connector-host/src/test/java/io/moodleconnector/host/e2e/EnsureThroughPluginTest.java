package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Ensure methods through the packaged plugin (PF4J): a flow re-run after a failure creates nothing twice. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnsureThroughPluginTest {
    @TempDir
    static Path plugins;

    private ConnectorHost host;
    private Connector connector;

    @BeforeAll
    void loadPlugin() {
        host = ConnectorHost.open(PackagedPlugin.copyInto(plugins));
        connector = host.connector("moodle");
    }

    @AfterAll
    void closeHost() {
        host.close();
    }

    @Test
    void aProvisioningFlowRunTwiceCreatesEverythingOnceAndReportsItFoundOnTheRerun() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).build().start()) {
            Connection connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()));

            List<Object> first = flow(connection);
            long writesAfterFirst = writes(sandbox);
            List<Object> again = flow(connection);

            assertThat(first).containsExactly(true, true, true, true);
            assertThat(again).containsExactly(false, false, false, false);
            assertThat(writes(sandbox)).as("no write on the re-run").isEqualTo(writesAfterFirst);
        }
    }

    /** users.ensure, enrolments.ensure, groups.ensure, groups.ensure-members; the created flag of each. */
    private List<Object> flow(Connection connection) {
        MethodResult user = connector.invoke("users.ensure", Map.of("username", "flow1", "password", "Chang3-me!",
                "firstname", "Flow", "lastname", "One", "email", "flow1@example.org"), connection);
        long userid = id(user);
        MethodResult enrolment = connector.invoke("enrolments.ensure", Map.of("userid", userid, "courseid", 2L),
                connection);
        MethodResult group = connector.invoke("groups.ensure", Map.of("courseid", 2L, "name", "Flow group",
                "idnumber", "FLOW-1"), connection);
        MethodResult members = connector.invoke("groups.ensure-members", Map.of("members",
                List.of(Map.of("groupid", id(group), "userid", userid))), connection);
        return List.of(created(user.data()), created(enrolment.data()), created(group.data()),
                created(members.items().get(0).data()));
    }

    private static Object created(Object ensured) {
        return ((Map<?, ?>) ensured).get("created");
    }

    private static long id(MethodResult r) {
        return ((Number) ((Map<?, ?>) ((Map<?, ?>) r.data()).get("record")).get("id")).longValue();
    }

    private static long writes(MoodleSandbox sandbox) {
        return sandbox.requests().stream().filter(r -> !r.function().contains("_get_")).count();
    }
}
