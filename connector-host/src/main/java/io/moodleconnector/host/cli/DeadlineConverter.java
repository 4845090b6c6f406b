package io.moodleconnector.host.cli;

import java.time.Duration;
import picocli.CommandLine;

/**
 * Reads a deadline: a duration as every duration flag takes it ({@link DurationConverter}: {@code 500ms},
 * {@code 30s}, {@code 2m}, {@code 1h} or ISO-8601 {@code PT30S}), and more than zero.
 */
final class DeadlineConverter implements CommandLine.ITypeConverter<Duration> {
    private final DurationConverter durations = new DurationConverter();

    @Override
    public Duration convert(String value) {
        Duration d = durations.convert(value);
        if (d.isZero()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a positive duration");
        }
        return d;
    }
}
