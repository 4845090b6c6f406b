package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.model.Conversion;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConversionsTest {
    /** Converts a JSON value as the reply reader gives it. */
    private static Object convert(Conversion c, String json) {
        return Conversions.apply(c, PlainJsonReader.read(new java.io.ByteArrayInputStream(json.getBytes())));
    }

    @Test
    void timestampBecomesIsoUtc() {
        assertThat(convert(Conversion.TIMESTAMP, "1795618377")).isEqualTo("2026-11-25T14:52:57Z");
    }

    @Test
    void numericStringTimestampBecomesIsoUtc() {
        assertThat(convert(Conversion.TIMESTAMP, "\"1795618377\"")).isEqualTo("2026-11-25T14:52:57Z");
    }

    @Test
    void zeroTimestampIsNever() {
        assertThat(convert(Conversion.TIMESTAMP, "0")).isNull();
    }

    @Test
    void flagsBecomeBooleans() {
        assertThat(convert(Conversion.BOOLEAN, "1")).isEqualTo(true);
        assertThat(convert(Conversion.BOOLEAN, "0")).isEqualTo(false);
    }

    @Test
    void numericStringsBecomeNumbersAndOthersNull() {
        assertThat((BigDecimal) convert(Conversion.NUMBER, "\"87.50000\"")).isEqualByComparingTo("87.5");
        assertThat(convert(Conversion.NUMBER, "\"99\"")).isEqualTo(99L);
        assertThat(convert(Conversion.NUMBER, "\"-\"")).isNull();
    }

    @Test
    void valuesAConversionCannotReadStayAsTheyAre() {
        assertThat(convert(Conversion.TIMESTAMP, "\"soon\"")).isEqualTo("soon");
        assertThat(convert(Conversion.BOOLEAN, "{\"a\":1}")).isEqualTo(Map.of("a", 1L));
        assertThat(convert(Conversion.TIMESTAMP, "null")).isNull();
    }
}
