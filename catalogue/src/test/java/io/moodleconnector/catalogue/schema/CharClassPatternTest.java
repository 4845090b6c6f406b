package io.moodleconnector.catalogue.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.regex.RegularExpression;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CharClassPatternTest {
    private static boolean fast(String pattern, String text) {
        return CharClassPattern.compile(pattern).orElseThrow().matches(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[a-z][a-z0-9_]*$", "^[A-Za-z0-9_-]+$", "^[a-z0-9_.@-]+$", "^[A-Z]{2}$",
        "^[A-Za-z0-9_/+:.-]+$"})
    void everyShippedInputPatternCompiles(String pattern) {
        assertThat(CharClassPattern.compile(pattern)).isPresent();
    }

    @Test
    void dollarIsTheEndOfTheTextNotOfALine() {
        assertThat(fast("^[a-z]+$", "abc")).isTrue();
        assertThat(fast("^[a-z]+$", "abc\n")).isFalse();
        assertThat(fast("^[a-z]+$", "abc\ndef")).isFalse();
    }

    @Test
    void aSurrogatePairIsOneCharacterInNoAsciiClass() {
        assertThat(fast("^[a-z]{2}$", "a\ud83d\ude00")).isFalse();
        assertThat(fast("^[a-z]{3}$", "a\ud83d\ude00")).isFalse();
    }

    @Test
    void aGreedyClassDoesNotSwallowWhatTheNextOneNeeds() {
        assertThat(fast("^[a-z]*[a-z0-9]$", "abc")).isTrue();
        assertThat(fast("^[a-z0-9]+[0-9]{2}$", "ab123")).isTrue();
        assertThat(fast("^[a-z0-9]+[0-9]{2}$", "ab1")).isFalse();
    }

    @Test
    void emptyTextMatchesOnlyWhenEveryStepIsOptional() {
        assertThat(fast("^[a-z]*$", "")).isTrue();
        assertThat(fast("^[a-z]?[0-9]{0,3}$", "")).isTrue();
        assertThat(fast("^[a-z]+$", "")).isFalse();
    }

    @Test
    void bracketEdgeCharactersAreLiteralWhereRe2SaysSo() {
        assertThat(fast("^[]a]+$", "]a]")).isTrue();
        assertThat(fast("^[a-]+$", "-a")).isTrue();
        assertThat(fast("^[-a]+$", "-a")).isTrue();
        assertThat(fast("^[\\.\\-]+$", ".-")).isTrue();
        assertThat(fast("^[\\.\\-]+$", "a")).isFalse();
        assertThat(fast("^[+--]$", ",")).as("+-- is the range + to -").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[^a-z]+$", "^[[:alpha:]]+$", "^\\d+$", "^[\\d]+$", "^[\\w-]+$", "^\\p{L}+$", "^.+$",
        "^(a|b)$", "^a|b$", "^(?i)[a-z]+$", "(?i)^[a-z]+$", "^[a-z]+", "[a-z]+$", "[a-z]+", "^[a-z]*?$",
        "^[a-z]{x}$", "^[a-z]{01}$", "^[a-z]{,3}$", "^[a-z]{100}$", "^[é]+$", "^é$", "^\\n$", "^[\\n]$",
        "^\\x41$", "^[a-z]\\$", "^a$b$", "^a^b$", "^\\Qa\\E$", "^[a\tb]$", "^\\A$", "^[a-z]\\b$"})
    void refusedShapesAreLeftToRe2(String pattern) {
        assertThat(CharClassPattern.compile(pattern)).isEmpty();
    }

    @Test
    void aRefusedPatternStillMatchesThroughRe2() {
        RegularExpression notLower = LinearRegex.INSTANCE.getRegularExpression("^[^a-z]+$");
        assertThat(notLower.matches("ABC\n")).isTrue();
        assertThat(notLower.matches("aBC")).isFalse();
        RegularExpression unanchored = LinearRegex.INSTANCE.getRegularExpression("[0-9]{2}");
        assertThat(unanchored.matches("ab12cd")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"^[a-z]**$", "^[a-z]{2,1}$", "^[z-a]$", "^[a-z$", "^(\\1)$"})
    void aPatternRe2CannotCompileIsStillRefusedAtCompileTime(String pattern) {
        assertThat(CharClassPattern.compile(pattern)).isEmpty();
        assertThatThrownBy(() -> LinearRegex.INSTANCE.getRegularExpression(pattern))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
