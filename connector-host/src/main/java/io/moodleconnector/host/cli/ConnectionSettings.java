package io.moodleconnector.host.cli;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.InvalidConnectionException;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the {@link Connection} from the command line and the environment: {@code --url} else {@code MOODLE_URL};
 * {@code --token} or {@code --token-file} (not both) else {@code MOODLE_TOKEN}; the tuning flags of
 * {@link ConnectionFlags}. The token is a {@link Secret} from the moment it is read, and no message here contains
 * it, nor the URL (which may carry a password or a query the user did not mean to show).
 */
final class ConnectionSettings {
    static final String URL_ENV = "MOODLE_URL";
    static final String TOKEN_ENV = "MOODLE_TOKEN";
    /** The largest token file read. A Moodle token is 32 characters; anything near this is not a token file. */
    static final int MAX_TOKEN_FILE_BYTES = 4 * 1024;
    private static final int MAX_PORT = 65_535;

    private ConnectionSettings() {
    }

    /** @throws UsageException when the URL or token is missing or unusable, naming the option to fix */
    static Connection resolve(String url, Secret token, Path tokenFile, Map<String, String> env,
                              ConnectionOptions options) {
        String site = url != null ? url : env.get(URL_ENV);
        String urlSource = url != null ? "--url" : "$" + URL_ENV;
        if (site == null || site.isBlank()) {
            throw new UsageException("no site URL: pass --url URL or set " + URL_ENV);
        }
        if (hasUserInfo(site)) {
            throw new UsageException(urlSource + " must not carry a user name or password (user:password@host); "
                    + "the token goes in --token-file or " + TOKEN_ENV);
        }
        Secret secret = token(token, tokenFile, env);
        Connection connection;
        try {
            connection = Connection.of(site, secret, options);
        } catch (InvalidConnectionException e) {
            // The SPI's messages never quote the token; the URL's text is cut out too, as it may hold a secret.
            throw new UsageException(urlSource + ": " + e.violations().stream()
                    .map(v -> v.message().replace(site, "(the URL)").replace(site.strip(), "(the URL)"))
                    .collect(java.util.stream.Collectors.joining("; ")), e);
        } catch (IllegalArgumentException e) {
            throw new UsageException(urlSource + ": " + withoutUrl(e, site), e);
        }
        int port = connection.siteUrl().getPort();
        if (port == 0 || port > MAX_PORT) {
            throw new UsageException(urlSource + ": port " + port + " is out of range (1 to " + MAX_PORT + ")");
        }
        return connection;
    }

    /** Whether the authority of {@code site} has a {@code user[:password]@} part, without parsing it as a URI. */
    private static boolean hasUserInfo(String site) {
        int start = site.indexOf("://");
        if (start < 0) {
            return false;
        }
        String rest = site.substring(start + 3);
        int end = rest.length();
        for (char c : new char[] {'/', '?', '#'}) {
            int i = rest.indexOf(c);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return rest.substring(0, end).contains("@");
    }

    /** The SPI's reason, without echoing the URL: a parse error names the character, not the text around it. */
    private static String withoutUrl(IllegalArgumentException e, String site) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof URISyntaxException u) {
                return "not a valid URL: " + u.getReason().toLowerCase(Locale.ROOT)
                        + (u.getIndex() >= 0 ? " at character " + (u.getIndex() + 1) : "");
            }
        }
        String message = String.valueOf(e.getMessage());
        return message.replace(site, "(the URL)").replace(site.strip(), "(the URL)");
    }

    private static Secret token(Secret token, Path tokenFile, Map<String, String> env) {
        if (token != null && tokenFile != null) {
            throw new UsageException("pass either --token or --token-file, not both");
        }
        if (token != null) {
            return clean(token.reveal(), "--token");
        }
        if (tokenFile != null) {
            return clean(readTokenFile(tokenFile), "--token-file " + tokenFile);
        }
        String fromEnv = env.get(TOKEN_ENV);
        if (fromEnv == null) {
            throw new UsageException("no token: pass --token TOKEN, --token-file FILE or set " + TOKEN_ENV);
        }
        return clean(fromEnv, "$" + TOKEN_ENV);
    }

    /**
     * The token without a leading byte-order mark or surrounding whitespace (editors add both); a token with
     * whitespace or a control character inside is refused rather than sent as it is.
     */
    private static Secret clean(String raw, String source) {
        String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
        text = text.strip();
        if (text.isEmpty()) {
            throw new UsageException("the token from " + source + " is empty: pass --token, --token-file FILE or set "
                    + TOKEN_ENV);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                throw new UsageException("the token from " + source + " has a space or control character inside "
                        + "(at character " + (i + 1) + " of " + text.length() + "): a token is one word; check the "
                        + "file holds only the token");
            }
        }
        return Secret.of(text);
    }

    private static String readTokenFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return StrictText.read(in, MAX_TOKEN_FILE_BYTES);
        } catch (StrictText.Refused e) {
            throw new UsageException("--token-file " + file + " " + e.getMessage() + ": it should hold one token", e);
        } catch (IOException e) {
            // The exception names the file only; its content is never part of a message.
            throw new UsageException("--token-file: cannot read " + file + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
