package io.moodleconnector.host.cli;

import io.moodleconnector.spi.Secret;
import picocli.CommandLine;

/**
 * Wraps the {@code --token} value as a {@link Secret} as picocli reads it, so no plain String field holds it. It is
 * checked (and trimmed) with the other token sources in {@link ConnectionSettings}.
 */
final class SecretConverter implements CommandLine.ITypeConverter<Secret> {
    @Override
    public Secret convert(String value) {
        return Secret.of(value);
    }
}
