package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The release rule: Moodle 4.2+ requires max_input_vars >= 5000 on PHP 8 (lib/upgradelib.php check_max_input_vars). */
class InputVarsBudgetTest {
    @Test
    void release45As45SitesSayItGets5000() {
        assertThat(InputVarsBudget.forSite(Map.of("release", "4.5.5+ (Build: 20250613)"))).isEqualTo(5000);
    }

    @Test
    void release42Gets5000And41Keeps1000() {
        assertThat(InputVarsBudget.forSite(Map.of("release", "4.2"))).isEqualTo(5000);
        assertThat(InputVarsBudget.forSite(Map.of("release", "4.1.9 (Build: 20240212)"))).isEqualTo(1000);
        assertThat(InputVarsBudget.forSite(Map.of("release", "3.11.18"))).isEqualTo(1000);
        assertThat(InputVarsBudget.forSite(Map.of("release", "5.0"))).isEqualTo(5000);
    }

    @Test
    void anUnreadableReleaseFallsBackOnTheVersionNumber() {
        assertThat(InputVarsBudget.forSite(Map.of("release", "dev", "version", "2024100705.01"))).isEqualTo(5000);
        assertThat(InputVarsBudget.forSite(Map.of("release", "dev", "version", "2022112800"))).isEqualTo(1000);
        assertThat(InputVarsBudget.forSite(Map.of())).isEqualTo(1000);
    }
}
