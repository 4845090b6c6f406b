package io.moodleconnector.spi;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where and as whom a connector calls its remote system: the site's base URL, the token, the
 * {@link ConnectionOptions}, and any further field a connector's spec declares ({@link #parameters()}), so that a
 * connector needing more than a URL and a token still needs no other type.
 *
 * <p>Build one from a config map that follows the {@link ConnectionSpec} with {@link #from(Map)}, or with
 * {@link #of(String, Secret)}. The token is a {@link Secret}; {@link #toString()} shows the URL and options, never
 * the token. Two connections are equal when URL, token and options are. A connector shares one budget (requests in
 * flight and per second) between every connection to the same site, meaning the same URL and token, whatever their
 * other options. Immutable and thread-safe.
 */
public final class Connection {
    private final URI siteUrl;
    private final Secret token;
    private final ConnectionOptions options;
    private final Map<String, Object> parameters;

    private Connection(URI siteUrl, Secret token, ConnectionOptions options, Map<String, Object> parameters) {
        this.siteUrl = siteUrl;
        this.token = token;
        this.options = options;
        this.parameters = parameters;
    }

    /**
     * A connection built from a config that follows the {@linkplain ConnectionSpec connection spec}, e.g.
     * {@code {"url": "https://lms.example.edu", "token": "...", "requestsPerSecond": 5}}. Options left out take
     * their defaults; fields other than {@code url}, {@code token} and the options are kept as they are in
     * {@link #parameters()}, for a connector whose spec declares them. A host checks a config from its users first
     * with {@link Connector#validate}, which knows the connector's spec (and so refuses a field it does not declare)
     * and applies the connector's own rules.
     *
     * @throws InvalidConnectionException listing every problem, each with the JSON Pointer of its field
     */
    public static Connection from(Map<String, Object> config) {
        ConnectionSpec.Reading r = ConnectionSpec.read(config);
        ConnectionSpec.requireValid(r.violations);
        return new Connection(r.url, r.token, r.options.build(), Map.copyOf(r.parameters));
    }

    /**
     * A connection to the site at {@code siteUrl} (e.g. {@code https://lms.example.edu} or
     * {@code https://example.edu/moodle}) with the given token and default options.
     *
     * @throws InvalidConnectionException if the URL is not an absolute http(s) URL without query, fragment or user
     *                                    info, or the token is missing or blank
     */
    public static Connection of(String siteUrl, Secret token) {
        return of(siteUrl, token, ConnectionOptions.DEFAULTS);
    }

    /** As {@link #of(String, Secret)}, with explicit options. */
    public static Connection of(String siteUrl, Secret token, ConnectionOptions options) {
        Objects.requireNonNull(options, "options");
        List<Violation> violations = new ArrayList<>();
        URI uri = ConnectionSpec.siteUrl(siteUrl, true, violations);
        Secret checked = ConnectionSpec.token(token, true, violations);
        ConnectionSpec.requireValid(violations);
        return new Connection(uri, checked, options, Map.of());
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

    /**
     * The config's fields beyond {@code url}, {@code token} and the options, as given (a {@link Secret} stays one):
     * empty for the Moodle connector, whose spec declares none. Never printed by {@link #toString()}.
     */
    public Map<String, Object> parameters() {
        return parameters;
    }

    /** A copy with other options. */
    public Connection withOptions(ConnectionOptions newOptions) {
        return new Connection(siteUrl, token, Objects.requireNonNull(newOptions, "options"), parameters);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Connection that && siteUrl.equals(that.siteUrl) && token.equals(that.token)
                && options.equals(that.options) && parameters.equals(that.parameters);
    }

    @Override
    public int hashCode() {
        return Objects.hash(siteUrl, options);
    }

    @Override
    public String toString() {
        // Parameter names only: a connector's extra field may be a secret the host passed as plain text.
        return "Connection{siteUrl=" + siteUrl + ", token=" + token + ", options=" + options
                + (parameters.isEmpty() ? "" : ", parameters=" + new java.util.TreeSet<>(parameters.keySet())) + '}';
    }
}
