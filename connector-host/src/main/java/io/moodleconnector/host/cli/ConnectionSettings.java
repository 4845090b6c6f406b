package io.moodleconnector.host.cli;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.InvalidConnectionException;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.Violation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Builds the {@link Connection} from the command line and the environment: {@code --url} else {@code MOODLE_URL};
 * {@code --token} or {@code --token-file} (not both) else {@code MOODLE_TOKEN}. The token is a {@link Secret} from
 * the moment it is read; no message here contains it.
 */
final class ConnectionSettings {
    static final String URL_ENV = "MOODLE_URL";
    static final String TOKEN_ENV = "MOODLE_TOKEN";

    private ConnectionSettings() {
    }

    /** @throws UsageException when the URL or token is missing or unusable, naming the option to fix */
    static Connection resolve(String url, Secret token, Path tokenFile, Map<String, String> env) {
        String site = url != null ? url : env.get(URL_ENV);
        if (site == null || site.isBlank()) {
            throw new UsageException("no site URL: pass --url URL or set " + URL_ENV);
        }
        Secret secret = token(token, tokenFile, env);
        if (secret.isEmpty()) {
            throw new UsageException("the token is empty: pass --token, --token-file FILE or set " + TOKEN_ENV);
        }
        try {
            return Connection.of(site, secret);
        } catch (InvalidConnectionException e) {
            // Only the URL can be wrong here (the token was checked above); the messages never quote the token.
            throw new UsageException("--url: " + e.violations().stream().map(Violation::message)
                    .collect(java.util.stream.Collectors.joining("; ")), e);
        }
    }

    private static Secret token(Secret token, Path tokenFile, Map<String, String> env) {
        if (token != null && tokenFile != null) {
            throw new UsageException("pass either --token or --token-file, not both");
        }
        if (token != null) {
            return token;
        }
        if (tokenFile != null) {
            return readTokenFile(tokenFile);
        }
        String fromEnv = env.get(TOKEN_ENV);
        if (fromEnv == null) {
            throw new UsageException("no token: pass --token TOKEN, --token-file FILE or set " + TOKEN_ENV);
        }
        return Secret.of(fromEnv.strip());
    }

    private static Secret readTokenFile(Path file) {
        try {
            return Secret.of(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            // The exception names the file only; its content is never part of a message.
            throw new UsageException("--token-file: cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
