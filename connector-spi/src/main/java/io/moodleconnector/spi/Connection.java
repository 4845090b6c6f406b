package io.moodleconnector.spi;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where and as whom the connector calls Moodle: the site's base URL, the web-service token and the
 * {@link ConnectionOptions}.
 *
 * <p>The token is a {@link Secret}; {@link #toString()} shows the URL and options, never the token. Two connections
 * are equal when URL, token and options are; a connector may use that to share one HTTP client and one rate limiter
 * between calls on equal connections. Immutable and thread-safe.
 */
public final class Connection {
    private final URI siteUrl;
    private final Secret token;
    private final ConnectionOptions options;

    private Connection(URI siteUrl, Secret token, ConnectionOptions options) {
        this.siteUrl = siteUrl;
        this.token = token;
        this.options = options;
    }

    /**
     * A connection to the site at {@code siteUrl} (e.g. {@code https://lms.example.edu} or
     * {@code https://example.edu/moodle}) with the given token and default options.
     *
     * @throws IllegalArgumentException if the URL is not an absolute http(s) URL without query or fragment
     */
    public static Connection of(String siteUrl, Secret token) {
        return of(siteUrl, token, ConnectionOptions.DEFAULTS);
    }

    /** As {@link #of(String, Secret)}, with explicit options. */
    public static Connection of(String siteUrl, Secret token, ConnectionOptions options) {
        Objects.requireNonNull(siteUrl, "siteUrl");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(options, "options");
        URI uri;
        try {
            uri = URI.create(siteUrl.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("site URL is not a valid URL: " + e.getMessage(), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("site URL must start with https:// (or http:// on loopback), got scheme '" + scheme + "'");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("site URL has no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("site URL must not have a query or fragment (a token belongs in the token field, never in a URL)");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("site URL must not carry user info");
        }
        String s = uri.toString();
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return new Connection(URI.create(s), token, options);
    }

    /** The site's base URL, without a trailing slash. */
    public URI siteUrl() {
        return siteUrl;
    }

    /** The web-service token. */
    public Secret token() {
        return token;
    }

    public ConnectionOptions options() {
        return options;
    }

    /** A copy with other options. */
    public Connection withOptions(ConnectionOptions newOptions) {
        return new Connection(siteUrl, token, Objects.requireNonNull(newOptions, "options"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connection that && siteUrl.equals(that.siteUrl) && token.equals(that.token)
                && options.equals(that.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(siteUrl, options);
    }

    @Override
    public String toString() {
        return "Connection{siteUrl=" + siteUrl + ", token=" + token + ", options=" + options + '}';
    }
}
