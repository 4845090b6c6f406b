package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A site's budget: the smallest limits any connection asked for apply to every caller. */
class SiteBudgetTest {
    private final SiteBudget budget = new SiteBudget("test");

    private static ConnectionOptions options(double rate, int inFlight) {
        return ConnectionOptions.builder().requestsPerSecond(rate).maxInFlight(inFlight)
                .callTimeout(Duration.ofMillis(200)).build();
    }

    @Test
    void theSmallestLimitsAskedForApplyToEveryone() {
        budget.acquire(options(50, 8)).close();
        budget.acquire(options(5, 16)).close();
        budget.acquire(options(100, 2)).close();
        assertThat(budget.requestsPerSecond()).isEqualTo(5);
        assertThat(budget.maxInFlight()).isEqualTo(2);
    }

    @Test
    void aConnectionAskingForMoreInFlightStillWaitsForTheSharedSlots() {
        try (SiteBudget.Permit held = budget.acquire(options(1000, 1))) {
            assertThatThrownBy(() -> budget.acquire(options(1000, 10)))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("maxInFlight")
                    .satisfies(e -> assertThat(((TransportException) e).retriable()).isTrue());
        }
    }

    @Test
    void aFreedSlotCanBeTakenAgain() {
        budget.acquire(options(1000, 1)).close();
        budget.acquire(options(1000, 1)).close();
        assertThat(budget.maxInFlight()).isEqualTo(1);
    }

    @Test
    void callersThatGaveUpLeaveNoDebtForTheNextOne() {
        ConnectionOptions oneASecond = ConnectionOptions.builder().requestsPerSecond(1).maxInFlight(100)
                .callTimeout(Duration.ofMillis(20)).build();
        budget.acquire(oneASecond).close();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> budget.acquire(oneASecond)).isInstanceOf(TransportException.class)
                    .hasMessageContaining("requestsPerSecond");
        }
        ConnectionOptions patient = oneASecond.toBuilder().callTimeout(Duration.ofSeconds(3)).build();
        budget.acquire(patient).close();
    }
}
