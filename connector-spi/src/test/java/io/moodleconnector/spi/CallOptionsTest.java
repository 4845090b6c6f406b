package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CallOptionsTest {

    @Test
    void theDefaultsHaveNoDeadlineNoHandleAndAListenerThatHearsNothing() {
        assertThat(CallOptions.DEFAULTS.deadline()).isEmpty();
        assertThat(CallOptions.DEFAULTS.cancellation()).isEmpty();
        assertThat(CallOptions.DEFAULTS.listener()).isSameAs(CallListener.NONE);
    }

    @Test
    void aDeadlineMustBePositive() {
        assertThatThrownBy(() -> CallOptions.builder().deadline(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("deadline");
    }

    @Test
    void toBuilderKeepsEverySetting() {
        Cancellation cancel = new Cancellation();
        CallListener listener = new CallListener() { };
        CallOptions o = CallOptions.builder().deadline(Duration.ofSeconds(3)).cancellation(cancel).listener(listener)
                .build();
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void cancelledAndLateErrorsAreRetriableOnlyWhenNothingWasApplied() {
        assertThat(new CancelledException("c", Outcome.NOT_APPLIED, null).retriable()).isTrue();
        assertThat(new CancelledException("c", Outcome.UNKNOWN, null).retriable()).isFalse();
        DeadlineExceededException late = new DeadlineExceededException("d", Duration.ofSeconds(1),
                Duration.ofMillis(200), Outcome.UNKNOWN, null);
        assertThat(late.retriable()).isFalse();
        assertThat(late.code()).isEqualTo("deadline_exceeded");
        assertThat(late.budgetWait()).isEqualTo(Duration.ofMillis(200));
    }

    @Test
    void notFoundNamesTheFieldAndAppliedNothing() {
        NotFoundException e = new NotFoundException("no course 9", "/courseid", "errorcoursecontextnotvalid");
        assertThat(e.code()).isEqualTo("not_found");
        assertThat(e.pointer()).isEqualTo("/courseid");
        assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
        assertThat(e.retriable()).isFalse();
    }
}
