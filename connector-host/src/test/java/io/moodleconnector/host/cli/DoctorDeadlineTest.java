package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.CallListener;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code doctor --deadline} is one deadline for the run: the check gets it whole, later calls what is left. */
class DoctorDeadlineTest {

    @Test
    void theFirstCallGetsTheWholeDeadline() {
        DoctorDeadline time = new DoctorDeadline(Duration.ofMillis(200), CallListener.NONE);
        assertThat(time.options().deadline()).contains(Duration.ofMillis(200));
    }

    @Test
    void aLaterCallGetsOnlyWhatIsLeft() {
        DoctorDeadline time = new DoctorDeadline(Duration.ofMillis(200), CallListener.NONE);
        time.options();
        assertThat(time.options().deadline()).hasValueSatisfying(d -> assertThat(d).isLessThan(Duration.ofMillis(200)));
    }

    @Test
    void aCallAfterTheDeadlinePassedGetsTheLeastDeadlineSoItEndsBeforeSending() {
        DoctorDeadline time = new DoctorDeadline(Duration.ofNanos(1), CallListener.NONE);
        time.options();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 1_000) {
            Thread.onSpinWait(); // let the one-nanosecond deadline pass
        }
        assertThat(time.options().deadline()).contains(Duration.ofNanos(1));
    }

    @Test
    void withoutADeadlineNoCallGetsOne() {
        DoctorDeadline time = new DoctorDeadline(null, CallListener.NONE);
        time.options();
        assertThat(time.options().deadline()).isEmpty();
    }

    @Test
    void everyCallGetsTheListener() {
        CallListener listener = new CallListener() { };
        DoctorDeadline time = new DoctorDeadline(Duration.ofSeconds(5), listener);
        assertThat(time.options().listener()).isSameAs(listener);
        assertThat(time.options().listener()).isSameAs(listener);
    }
}
