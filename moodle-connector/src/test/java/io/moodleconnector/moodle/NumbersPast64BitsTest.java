package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An integer Moodle would read past 64 bits (PHP's int) is bad input at its field, never a crash of the validator
 * (issue 10, item 4: {@code {"courseid": 1e19}} was a JsonNodeException from {@code asLong()}).
 */
class NumbersPast64BitsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @ParameterizedTest
    @ValueSource(strings = {"1e19", "1e400", "-1e400", "9223372036854775808", "1E+19", "123456789012345678901234567890"})
    void anIntegerFieldPast64BitsIsInvalidInputAtItsPointerAndNothingIsSent(String number) {
        InvalidInputException e = invalid(new BigDecimal(number));

        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/courseid");
        assertThat(server.getRequestCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"18446744073709551616", "-9223372036854775809"})
    void aBigIntegerPast64BitsIsInvalidInputAtItsPointer(String number) {
        InvalidInputException e = invalid(new BigInteger(number));

        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/courseid");
        assertThat(e.violations().get(0).message()).contains("64-bit");
    }

    @org.junit.jupiter.api.Test
    void theOtherViolationsOfTheInputAreStillListed() {
        InvalidInputException e = invalid(Map.of("courseid", new BigDecimal("1e19"), "name", ""));

        assertThat(e.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder("/courseid", "/name");
    }

    @org.junit.jupiter.api.Test
    void aWholeDoublePast64BitsIsInvalidInputToo() {
        InvalidInputException e = invalid(1e19);

        assertThat(e.violations()).extracting(Violation::pointer).containsExactly("/courseid");
    }

    private InvalidInputException invalid(Object courseid) {
        return invalid(Map.of("courseid", courseid, "name", "Team A"));
    }

    private InvalidInputException invalid(Map<String, Object> input) {
        try (MoodleConnector c = new MoodleConnector()) {
            return catchThrowableOfType(InvalidInputException.class,
                    () -> c.invoke("groups.create", input, Fixtures.connection(server)));
        }
    }
}
