package io.moodleconnector.host.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.Secret;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The write probe deletes whatever it created, whichever step fails, and says what is left when it cannot. */
class WriteProbeCleanupTest {
    private static final Connection CONNECTION = Connection.of("https://lms.example.edu",
            Secret.of("0123456789abcdef0123456789abcdef"));

    /** Records calls; fails the named method the given number of times with a permission error. */
    private static final class ScriptedConnector extends InvokeOnlyConnector {
        final List<String> calls = new ArrayList<>();
        private final String failing;
        private int failures;

        ScriptedConnector(String failing, int failures) {
            this.failing = failing;
            this.failures = failures;
        }

        @Override
        public MethodResult invoke(String methodId, Map<String, Object> input, Connection connection,
                                   io.moodleconnector.spi.CallOptions options) {
            calls.add(methodId + (input.containsKey("id") ? " " + input.get("id") : ""));
            if (methodId.equals(failing) && failures-- > 0) {
                throw new PermissionException("nopermissions", "refused", methodId, null, null);
            }
            Object data = methodId.endsWith(".create") ? Map.of("id", methodId.startsWith("groups") ? 41L : 42L)
                    : Map.of("success", true);
            return new MethodResult(data, List.of(), List.of(), 1);
        }
    }

    @Test
    void aFailedGroupingDeleteIsRetriedAndTheGroupDeletedToo() {
        ScriptedConnector c = new ScriptedConnector("groupings.delete", 1);
        ProbeResult r = new WriteProbe(e -> 3).run(c, CONNECTION, 2);

        assertThat(r.ok()).isFalse();
        assertThat(r.deleted()).isTrue();
        assertThat(c.calls).containsExactly("groups.create", "groupings.create", "groupings.delete 42",
                "groupings.delete 42", "groups.delete 41");
    }

    @Test
    void whatCannotBeDeletedIsNamedForTheAdmin() {
        ScriptedConnector c = new ScriptedConnector("groups.delete", 5);
        ProbeResult r = new WriteProbe(e -> 3).run(c, CONNECTION, 2);

        assertThat(r.deleted()).isFalse();
        assertThat(r.message()).contains("delete by hand: group 41");
    }
}
