package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void cancellingRunsEachRegisteredActionOnce() {
        Cancellation cancel = new Cancellation();
        AtomicInteger runs = new AtomicInteger();
        cancel.onCancel(runs::incrementAndGet);
        cancel.cancel();
        cancel.cancel();
        assertThat(runs).hasValue(1);
        assertThat(cancel.isCancelled()).isTrue();
    }

    @Test
    void anActionRegisteredAfterTheCancelRunsAtOnce() {
        Cancellation cancel = new Cancellation();
        cancel.cancel();
        AtomicInteger runs = new AtomicInteger();
        cancel.onCancel(runs::incrementAndGet);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aClosedRegistrationDoesNotRun() {
        Cancellation cancel = new Cancellation();
        AtomicInteger runs = new AtomicInteger();
        cancel.onCancel(runs::incrementAndGet).close();
        cancel.cancel();
        assertThat(runs).hasValue(0);
    }

    @Test
    void anActionThatThrowsDoesNotKeepTheOthersFromRunning() {
        Cancellation cancel = new Cancellation();
        AtomicInteger runs = new AtomicInteger();
        cancel.onCancel(() -> {
            throw new IllegalStateException("boom");
        });
        cancel.onCancel(runs::incrementAndGet);
        cancel.cancel();
        assertThat(runs).hasValue(1);
    }
}
