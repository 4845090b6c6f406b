package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.model.Conversion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ConversionsTest {
    private static JsonNode convert(Conversion c, String json) {
        return Conversions.apply(c, JsonValues.MAPPER.readTree(json));
    }

    @Test
    void timestampBecomesIsoUtc() {
        assertThat(convert(Conversion.TIMESTAMP, "1795618377").asString()).isEqualTo("2026-11-25T14:52:57Z");
    }

    @Test
    void zeroTimestampIsNever() {
        assertThat(convert(Conversion.TIMESTAMP, "0").isNull()).isTrue();
    }

    @Test
    void flagsBecomeBooleans() {
        assertThat(convert(Conversion.BOOLEAN, "1").booleanValue()).isTrue();
        assertThat(convert(Conversion.BOOLEAN, "0").booleanValue()).isFalse();
    }

    @Test
    void numericStringsBecomeNumbersAndOthersNull() {
        assertThat(convert(Conversion.NUMBER, "\"87.50000\"").decimalValue()).isEqualByComparingTo("87.5");
        assertThat(convert(Conversion.NUMBER, "\"99\"").isIntegralNumber()).isTrue();
        assertThat(convert(Conversion.NUMBER, "\"-\"").isNull()).isTrue();
    }
}
