package io.moodleconnector.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Tuning for one {@link Connection}: timeouts, request size, retries and the load the connector may put on a site.
 *
 * <p>The defaults are safe for an unknown Moodle site: PHP's default {@code max_input_vars} of 1000, no plain HTTP
 * except on loopback, four requests in flight and ten a second per connection, read methods retried twice.
 * Immutable and thread-safe; build one with {@link #builder()}.
 */
public final class ConnectionOptions {
    /** The options every connection gets unless it says otherwise. */
    public static final ConnectionOptions DEFAULTS = builder().build();

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Duration callTimeout;
    private final int maxInputVars;
    private final long maxResponseBytes;
    private final int maxInFlight;
    private final double requestsPerSecond;
    private final int maxReadAttempts;
    private final Duration retryBackoff;
    private final boolean allowPlainHttp;

    private ConnectionOptions(Builder b) {
        this.connectTimeout = positive(b.connectTimeout, "connectTimeout");
        this.readTimeout = positive(b.readTimeout, "readTimeout");
        this.callTimeout = positive(b.callTimeout, "callTimeout");
        if (b.maxInputVars < 4) {
            throw new IllegalArgumentException("maxInputVars must be at least 4 (the three protocol fields and one parameter), got " + b.maxInputVars);
        }
        if (b.maxResponseBytes < 1) {
            throw new IllegalArgumentException("maxResponseBytes must be positive, got " + b.maxResponseBytes);
        }
        if (b.maxInFlight < 1) {
            throw new IllegalArgumentException("maxInFlight must be at least 1, got " + b.maxInFlight);
        }
        if (!(b.requestsPerSecond > 0)) {
            throw new IllegalArgumentException("requestsPerSecond must be positive, got " + b.requestsPerSecond);
        }
        if (b.maxReadAttempts < 1) {
            throw new IllegalArgumentException("maxReadAttempts must be at least 1, got " + b.maxReadAttempts);
        }
        this.maxInputVars = b.maxInputVars;
        this.maxResponseBytes = b.maxResponseBytes;
        this.maxInFlight = b.maxInFlight;
        this.requestsPerSecond = b.requestsPerSecond;
        this.maxReadAttempts = b.maxReadAttempts;
        this.retryBackoff = Objects.requireNonNull(b.retryBackoff, "retryBackoff");
        this.allowPlainHttp = b.allowPlainHttp;
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
        return d;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.connectTimeout = connectTimeout;
        b.readTimeout = readTimeout;
        b.callTimeout = callTimeout;
        b.maxInputVars = maxInputVars;
        b.maxResponseBytes = maxResponseBytes;
        b.maxInFlight = maxInFlight;
        b.requestsPerSecond = requestsPerSecond;
        b.maxReadAttempts = maxReadAttempts;
        b.retryBackoff = retryBackoff;
        b.allowPlainHttp = allowPlainHttp;
        return b;
    }

    /** How long to wait for the TCP (and TLS) connection. Default 10 s. */
    public Duration connectTimeout() { return connectTimeout; }

    /** The longest silence allowed while reading a reply. Default 60 s. */
    public Duration readTimeout() { return readTimeout; }

    /** The deadline of one HTTP request, from connecting to the last byte of the reply. Default 120 s. */
    public Duration callTimeout() { return callTimeout; }

    /**
     * The most form variables one request may carry, including {@code wstoken}, {@code wsfunction} and
     * {@code moodlewsrestformat}. PHP silently drops variables beyond its {@code max_input_vars}; batches are split
     * to stay within this number. Default 1000, PHP's own default.
     */
    public int maxInputVars() { return maxInputVars; }

    /** The largest reply body accepted; a larger one fails the call instead of filling the heap. Default 64 MiB. */
    public long maxResponseBytes() { return maxResponseBytes; }

    /** The most requests this connection has in flight at once, across all host threads. Default 4. */
    public int maxInFlight() { return maxInFlight; }

    /** The most requests this connection starts per second. Default 10. */
    public double requestsPerSecond() { return requestsPerSecond; }

    /**
     * How many times a read method is tried in all, on transport errors, HTTP 408, 429 and 5xx. Write methods are
     * tried once whatever this says, because Moodle's creates are not idempotent. Default 3.
     */
    public int maxReadAttempts() { return maxReadAttempts; }

    /**
     * The first retry's delay; each later one doubles it, with jitter, or waits what the site's {@code Retry-After}
     * asks when that is longer. Default 200 ms.
     */
    public Duration retryBackoff() { return retryBackoff; }

    /**
     * Whether plain {@code http://} is allowed to a host that is not loopback. Default false: the token would cross
     * the network in clear text. TLS certificate checks are never switched off, whatever this says.
     */
    public boolean allowPlainHttp() { return allowPlainHttp; }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionOptions that
                && connectTimeout.equals(that.connectTimeout) && readTimeout.equals(that.readTimeout)
                && callTimeout.equals(that.callTimeout) && maxInputVars == that.maxInputVars
                && maxResponseBytes == that.maxResponseBytes && maxInFlight == that.maxInFlight
                && Double.compare(requestsPerSecond, that.requestsPerSecond) == 0
                && maxReadAttempts == that.maxReadAttempts && retryBackoff.equals(that.retryBackoff)
                && allowPlainHttp == that.allowPlainHttp;
    }

    @Override
    public int hashCode() {
        return Objects.hash(connectTimeout, readTimeout, callTimeout, maxInputVars, maxResponseBytes, maxInFlight,
                requestsPerSecond, maxReadAttempts, retryBackoff, allowPlainHttp);
    }

    @Override
    public String toString() {
        return "ConnectionOptions{connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", callTimeout=" + callTimeout + ", maxInputVars=" + maxInputVars
                + ", maxResponseBytes=" + maxResponseBytes + ", maxInFlight=" + maxInFlight
                + ", requestsPerSecond=" + requestsPerSecond + ", maxReadAttempts=" + maxReadAttempts
                + ", retryBackoff=" + retryBackoff + ", allowPlainHttp=" + allowPlainHttp + '}';
    }

    /** Builds {@link ConnectionOptions}; not thread-safe. */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private Duration callTimeout = Duration.ofSeconds(120);
        private int maxInputVars = 1000;
        private long maxResponseBytes = 64L * 1024 * 1024;
        private int maxInFlight = 4;
        private double requestsPerSecond = 10;
        private int maxReadAttempts = 3;
        private Duration retryBackoff = Duration.ofMillis(200);
        private boolean allowPlainHttp;

        private Builder() {
        }

        public Builder connectTimeout(Duration v) { this.connectTimeout = v; return this; }
        public Builder readTimeout(Duration v) { this.readTimeout = v; return this; }
        public Builder callTimeout(Duration v) { this.callTimeout = v; return this; }
        public Builder maxInputVars(int v) { this.maxInputVars = v; return this; }
        public Builder maxResponseBytes(long v) { this.maxResponseBytes = v; return this; }
        public Builder maxInFlight(int v) { this.maxInFlight = v; return this; }
        public Builder requestsPerSecond(double v) { this.requestsPerSecond = v; return this; }
        public Builder maxReadAttempts(int v) { this.maxReadAttempts = v; return this; }
        public Builder retryBackoff(Duration v) { this.retryBackoff = v; return this; }
        public Builder allowPlainHttp(boolean v) { this.allowPlainHttp = v; return this; }

        public ConnectionOptions build() {
            return new ConnectionOptions(this);
        }
    }
}
