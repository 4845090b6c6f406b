package io.moodleconnector.spi;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Tuning for one {@link Connection}: timeouts, request size, retries and the load the connector may put on a site.
 *
 * <p>Every option is declared once, in the option table behind {@link ConnectionSpec}: its config key (the same as
 * the accessor's name), JSON type, default, bounds and description. The defaults are safe for an unknown Moodle
 * site: PHP's default {@code max_input_vars} of 1000, no plain HTTP except on loopback, four requests in flight and
 * ten a second per site, read methods tried three times. Immutable and thread-safe; build one with
 * {@link #builder()}, or from a config map with {@link Connection#from(Map)}.
 */
public final class ConnectionOptions {
    /** The options every connection gets unless it says otherwise. */
    public static final ConnectionOptions DEFAULTS = builder().build();

    private final EnumMap<ConnectionOption, Object> values;
    private final boolean maxInputVarsGiven;

    private ConnectionOptions(EnumMap<ConnectionOption, Object> values, boolean maxInputVarsGiven) {
        this.values = values;
        this.maxInputVarsGiven = maxInputVarsGiven;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder that starts from these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.values.putAll(values);
        b.maxInputVarsGiven = maxInputVarsGiven;
        return b;
    }

    /**
     * The options as a connection config writes them (durations in milliseconds), keyed as in the spec; a
     * {@code maxInputVars} left at its default is left out.
     */
    public Map<String, Object> toConfig() {
        Map<String, Object> config = new java.util.LinkedHashMap<>();
        values.forEach((option, value) -> {
            // Left out unless set, so that the site's release may still choose it (maxInputVarsGiven()).
            if (option != ConnectionOption.MAX_INPUT_VARS || maxInputVarsGiven) {
                config.put(option.key, option.toJson(value));
            }
        });
        return config;
    }

    /** How long to wait for the TCP (and TLS) connection. Default 10 s. */
    public Duration connectTimeout() { return (Duration) values.get(ConnectionOption.CONNECT_TIMEOUT); }

    /** The longest silence allowed while reading a reply. Default 60 s. */
    public Duration readTimeout() { return (Duration) values.get(ConnectionOption.READ_TIMEOUT); }

    /** The deadline of one HTTP request, from connecting to the last byte of the reply. Default 120 s. */
    public Duration callTimeout() { return (Duration) values.get(ConnectionOption.CALL_TIMEOUT); }

    /**
     * The most form variables one request may carry, including {@code wstoken}, {@code wsfunction} and
     * {@code moodlewsrestformat}. PHP silently drops variables beyond its {@code max_input_vars}; batches are split
     * to stay within this number. Default 1000, PHP's own default; when the connection does not set it
     * ({@link #maxInputVarsGiven()} false) and the site says it runs Moodle 4.2 or later, whose environment check
     * requires {@code max_input_vars >= 5000} on PHP 8, the connector sizes requests for 5000 instead.
     */
    public int maxInputVars() { return (Integer) values.get(ConnectionOption.MAX_INPUT_VARS); }

    /** Whether {@link #maxInputVars()} was set (on the builder or in the config) rather than left at its default. */
    public boolean maxInputVarsGiven() { return maxInputVarsGiven; }

    /**
     * Whether a batch write whose request Moodle refused because of one record (it raised inside the function's
     * transaction, so nothing of that request was written) is split and resent in halves until each bad record is
     * alone, so that only the bad records fail. Default true. When false, such a request's items fail together and
     * the batch stops there.
     */
    public boolean isolateFailures() { return (Boolean) values.get(ConnectionOption.ISOLATE_FAILURES); }

    /** The largest reply body accepted; a larger one fails the call instead of filling the heap. Default 64 MiB. */
    public long maxResponseBytes() { return (Long) values.get(ConnectionOption.MAX_RESPONSE_BYTES); }

    /**
     * The most requests in flight at once to the site (URL and token), across every connection and connector
     * instance of the plugin. When connections to one site ask for different values, the smallest asked for wins.
     * Default 4.
     */
    public int maxInFlight() { return (Integer) values.get(ConnectionOption.MAX_IN_FLIGHT); }

    /**
     * The most requests started per second to the site (URL and token), across every connection and connector
     * instance of the plugin. When connections to one site ask for different values, the smallest asked for wins.
     * Default 10.
     */
    public double requestsPerSecond() { return (Double) values.get(ConnectionOption.REQUESTS_PER_SECOND); }

    /**
     * How many times a read method is tried in all, on transport errors, HTTP 408, 429 and 5xx. Write methods are
     * tried once whatever this says, because Moodle's creates are not idempotent. Default 3.
     */
    public int maxReadAttempts() { return (Integer) values.get(ConnectionOption.MAX_READ_ATTEMPTS); }

    /**
     * The first retry's delay; each later one doubles it, with jitter, or waits what the site's {@code Retry-After}
     * asks when that is longer. Default 200 ms.
     */
    public Duration retryBackoff() { return (Duration) values.get(ConnectionOption.RETRY_BACKOFF); }

    /**
     * Whether plain {@code http://} is allowed to a host that is not loopback. Default false: the token would cross
     * the network in clear text. TLS certificate checks are never switched off, whatever this says.
     */
    public boolean allowPlainHttp() { return (Boolean) values.get(ConnectionOption.ALLOW_PLAIN_HTTP); }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConnectionOptions that && values.equals(that.values)
                && maxInputVarsGiven == that.maxInputVarsGiven;
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        StringJoiner s = new StringJoiner(", ", "ConnectionOptions{", "}");
        values.forEach((option, value) -> s.add(option.key + "=" + value));
        return s.toString();
    }

    /** Builds {@link ConnectionOptions}; not thread-safe. */
    public static final class Builder {
        private final EnumMap<ConnectionOption, Object> values = new EnumMap<>(ConnectionOption.class);
        private boolean maxInputVarsGiven;

        private Builder() {
            for (ConnectionOption option : ConnectionOption.values()) {
                values.put(option, option.defaultValue);
            }
        }

        public Builder connectTimeout(Duration v) { return set(ConnectionOption.CONNECT_TIMEOUT, v); }
        public Builder readTimeout(Duration v) { return set(ConnectionOption.READ_TIMEOUT, v); }
        public Builder callTimeout(Duration v) { return set(ConnectionOption.CALL_TIMEOUT, v); }
        public Builder maxInputVars(int v) { return set(ConnectionOption.MAX_INPUT_VARS, v); }
        public Builder maxResponseBytes(long v) { return set(ConnectionOption.MAX_RESPONSE_BYTES, v); }
        public Builder maxInFlight(int v) { return set(ConnectionOption.MAX_IN_FLIGHT, v); }
        public Builder requestsPerSecond(double v) { return set(ConnectionOption.REQUESTS_PER_SECOND, v); }
        public Builder maxReadAttempts(int v) { return set(ConnectionOption.MAX_READ_ATTEMPTS, v); }
        public Builder retryBackoff(Duration v) { return set(ConnectionOption.RETRY_BACKOFF, v); }
        public Builder allowPlainHttp(boolean v) { return set(ConnectionOption.ALLOW_PLAIN_HTTP, v); }
        public Builder isolateFailures(boolean v) { return set(ConnectionOption.ISOLATE_FAILURES, v); }

        Builder set(ConnectionOption option, Object value) {
            values.put(option, value);
            if (option == ConnectionOption.MAX_INPUT_VARS) {
                maxInputVarsGiven = true;
            }
            return this;
        }

        /**
         * The options.
         *
         * @throws IllegalArgumentException naming the first option out of its range and the range; to check a
         *                                  config from users and get every problem, use {@link ConnectionSpec#validate}
         */
        public ConnectionOptions build() {
            for (Map.Entry<ConnectionOption, Object> e : values.entrySet()) {
                String problem = e.getKey().problemWith(e.getValue());
                if (problem != null) {
                    throw new IllegalArgumentException(problem);
                }
            }
            return new ConnectionOptions(new EnumMap<>(values), maxInputVarsGiven);
        }
    }
}
