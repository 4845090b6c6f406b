package io.moodleconnector.host.cli;

import io.moodleconnector.spi.ConnectionOptions;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * One flag per {@link ConnectionOptions} setting, so every tuning a host can give a connection can be given on the
 * command line too. A flag left out keeps the SPI's default. The ranges are the SPI's: a value it refuses is a usage
 * error that names the flag (the SPI's message names its builder field, which a CLI user never sees).
 */
final class ConnectionFlags {
    /** SPI builder field -> flag, to name the flag in the SPI's own message about a bad value. */
    private static final Map<String, String> FLAG_OF_FIELD = Map.of(
            "connectTimeout", "--connect-timeout", "readTimeout", "--read-timeout", "callTimeout", "--timeout",
            "maxInputVars", "--max-input-vars", "maxResponseBytes", "--max-response-bytes",
            "maxInFlight", "--max-in-flight", "requestsPerSecond", "--rate", "maxReadAttempts", "--max-read-attempts",
            "retryBackoff", "--retry-backoff");

    @Option(names = "--connect-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, description = "How long to wait for the TCP/TLS connection (default 10s).")
    Duration connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, description = "The longest silence allowed while reading a reply (default 60s).")
    Duration readTimeout;

    @Option(names = {"--timeout", "--call-timeout"}, paramLabel = "DURATION", converter = DurationConverter.class,
            scope = ScopeType.INHERIT,
            description = "The deadline of one HTTP request, connect to last byte (default 120s).")
    Duration callTimeout;

    @Option(names = "--max-input-vars", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "The site's PHP max_input_vars: the most form variables one request may carry; longer "
                    + "batches are split (default 1000, at least 4).")
    Integer maxInputVars;

    @Option(names = "--max-response-bytes", paramLabel = "BYTES", scope = ScopeType.INHERIT,
            description = "The largest reply accepted, in bytes (default 67108864 = 64 MiB).")
    Long maxResponseBytes;

    @Option(names = "--max-in-flight", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "The most requests in flight at once (default 4).")
    Integer maxInFlight;

    @Option(names = "--rate", paramLabel = "PER_SECOND", scope = ScopeType.INHERIT,
            description = "The most requests started per second, e.g. 2 or 0.5 (default 10).")
    Double requestsPerSecond;

    @Option(names = "--max-read-attempts", paramLabel = "N", scope = ScopeType.INHERIT,
            description = "How many times a read method is tried in all on transport errors, 5xx and 429; writes "
                    + "are tried once (default 3).")
    Integer maxReadAttempts;

    @Option(names = "--retry-backoff", paramLabel = "DURATION", converter = DurationConverter.class,
            scope = ScopeType.INHERIT, description = "The first retry's delay, doubled each time (default 200ms).")
    Duration retryBackoff;

    @Option(names = "--allow-plain-http", scope = ScopeType.INHERIT,
            description = "Allow http:// to a host that is not loopback: the token then crosses the network in "
                    + "clear text (default: refused).")
    boolean allowPlainHttp;

    /**
     * The options these flags give, on top of the SPI defaults.
     *
     * @throws UsageException naming the flag when the SPI refuses a value
     */
    ConnectionOptions options() {
        ConnectionOptions.Builder b = ConnectionOptions.builder();
        if (connectTimeout != null) {
            b.connectTimeout(connectTimeout);
        }
        if (readTimeout != null) {
            b.readTimeout(readTimeout);
        }
        if (callTimeout != null) {
            b.callTimeout(callTimeout);
        }
        if (maxInputVars != null) {
            b.maxInputVars(maxInputVars);
        }
        if (maxResponseBytes != null) {
            b.maxResponseBytes(maxResponseBytes);
        }
        if (maxInFlight != null) {
            b.maxInFlight(maxInFlight);
        }
        if (requestsPerSecond != null) {
            if (requestsPerSecond.isInfinite()) {
                throw new UsageException("--rate must be a finite number of requests per second, got "
                        + requestsPerSecond);
            }
            b.requestsPerSecond(requestsPerSecond);
        }
        if (maxReadAttempts != null) {
            b.maxReadAttempts(maxReadAttempts);
        }
        if (retryBackoff != null) {
            b.retryBackoff(retryBackoff);
        }
        b.allowPlainHttp(allowPlainHttp);
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new UsageException(withFlagNames(String.valueOf(e.getMessage())), e);
        }
    }

    private static String withFlagNames(String message) {
        String out = message;
        for (Map.Entry<String, String> e : FLAG_OF_FIELD.entrySet()) {
            out = out.replaceAll("\\b" + e.getKey() + "\\b", e.getValue());
        }
        return out;
    }
}
