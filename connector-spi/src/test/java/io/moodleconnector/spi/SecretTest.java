package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void toStringNeverShowsTheValue() {
        assertThat(Secret.of(TOKEN).toString()).isEqualTo("[hidden]");
    }

    @Test
    void revealGivesTheValueForTheWire() {
        assertThat(Secret.of(TOKEN).reveal()).isEqualTo(TOKEN);
    }

    @Test
    void secretsWithTheSameValueAreEqual() {
        assertThat(Secret.of(TOKEN)).isEqualTo(Secret.of(new String(TOKEN.toCharArray())));
        assertThat(Secret.of(TOKEN)).isNotEqualTo(Secret.of(TOKEN.replace('0', '1')));
    }

    @Test
    void hashCodeDoesNotDependOnTheValue() {
        assertThat(Secret.of(TOKEN).hashCode()).isEqualTo(Secret.of("other").hashCode());
    }

    @Test
    void aNullValueIsAClearErrorNotANullPointer() {
        assertThatThrownBy(() -> Secret.of(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret needs a value");
    }
}
