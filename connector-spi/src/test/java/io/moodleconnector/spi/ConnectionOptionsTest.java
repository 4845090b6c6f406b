package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ConnectionOptionsTest {

    @Test
    void defaultsAreSafeForAnUnknownSite() {
        ConnectionOptions d = ConnectionOptions.DEFAULTS;
        assertThat(d.maxInputVars()).isEqualTo(1000);
        assertThat(d.maxResponseBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(d.allowPlainHttp()).isFalse();
        assertThat(d.maxInFlight()).isPositive();
        assertThat(d.maxReadAttempts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void toBuilderKeepsEveryOption() {
        ConnectionOptions o = ConnectionOptions.builder().maxInputVars(5000).maxInFlight(2)
                .readTimeout(Duration.ofSeconds(3)).allowPlainHttp(true).build();
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void isolationIsOnAndMaxInputVarsUnsetByDefault() {
        assertThat(ConnectionOptions.DEFAULTS.isolateFailures()).isTrue();
        assertThat(ConnectionOptions.DEFAULTS.maxInputVarsGiven()).isFalse();
        ConnectionOptions o = ConnectionOptions.builder().maxInputVars(1000).isolateFailures(false).build();
        assertThat(o.maxInputVarsGiven()).isTrue();
        assertThat(o).isNotEqualTo(ConnectionOptions.DEFAULTS);
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void aLimitTooSmallForTheProtocolFieldsIsRefused() {
        assertThatThrownBy(() -> ConnectionOptions.builder().maxInputVars(3).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxInputVars");
    }

    @Test
    void aZeroTimeoutIsRefused() {
        assertThatThrownBy(() -> ConnectionOptions.builder().callTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("callTimeout");
    }
}
