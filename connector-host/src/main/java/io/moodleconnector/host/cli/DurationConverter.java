package io.moodleconnector.host.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Reads a duration flag: a whole number with a unit ({@code 500ms}, {@code 30s}, {@code 2m}, {@code 1h}) or
 * ISO-8601 ({@code PT30S}). A bare number is refused: seconds or milliseconds would be a guess.
 */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern WITH_UNIT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    @Override
    public Duration convert(String value) {
        String text = value.strip().toLowerCase(Locale.ROOT);
        Matcher m = WITH_UNIT.matcher(text);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
        }
        if (text.startsWith("pt")) {
            try {
                Duration d = Duration.parse(text);
                if (!d.isNegative()) {
                    return d;
                }
            } catch (DateTimeParseException e) {
                // falls through to the one message below
            }
        }
        throw new CommandLine.TypeConversionException(
                "'" + value + "' is not a duration: use a whole number with a unit, e.g. 500ms, 30s, 2m or 1h");
    }
}
