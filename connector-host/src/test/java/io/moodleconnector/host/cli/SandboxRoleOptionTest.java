package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code connector sandbox --role}: a role name or capabilities; anything else is a usage error naming the option. */
class SandboxRoleOptionTest {
    @Test
    void withoutTheOptionTheRoleIsFull() {
        assertThat(SandboxCommand.roleOf(null).all()).isTrue();
    }

    @Test
    void capabilitiesMakeACustomRole() {
        assertThat(SandboxCommand.roleOf(List.of("webservice/rest:use", "moodle/course:view")).capabilities())
                .containsExactlyInAnyOrder("webservice/rest:use", "moodle/course:view");
    }

    @Test
    void minimalIsTheLabsMinimalRoleWithoutRoleAssign() {
        assertThat(SandboxCommand.roleOf(List.of("minimal")).has("moodle/course:managegroups")).isTrue();
        assertThat(SandboxCommand.roleOf(List.of("minimal")).has("moodle/role:assign")).isFalse();
    }

    @Test
    void aWordThatIsNoRoleIsAUsageError() {
        assertThatThrownBy(() -> SandboxCommand.roleOf(List.of("manager")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--role: 'manager' is neither full");
    }
}
