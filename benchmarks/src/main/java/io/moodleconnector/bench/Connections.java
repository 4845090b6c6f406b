package io.moodleconnector.bench;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Secret;
import java.util.Arrays;

/**
 * Connections for benchmarks: the rate limit and in-flight limit raised far beyond what a benchmark reaches, so
 * that what is measured is the connector's work, not its deliberate throttling. Stateless.
 */
public final class Connections {
    /** The token the canned servers are sent (they do not check it). */
    public static final String TOKEN = "0123456789abcdef0123456789abcdef";

    private Connections() {
    }

    /** Options with the limiter out of the way and the given maxInputVars. */
    public static ConnectionOptions unthrottled(int maxInputVars) {
        return ConnectionOptions.builder().requestsPerSecond(1_000_000).maxInFlight(64).maxInputVars(maxInputVars)
                .maxResponseBytes(256L * 1024 * 1024).build();
    }

    /** A connection to {@code url} with {@link #unthrottled} options. */
    public static Connection to(String url, String token, int maxInputVars) {
        return Connection.of(url, Secret.of(token), unthrottled(maxInputVars));
    }

    /** Fails the setup unless the two bodies are byte for byte the same: the baseline must send what the connector does. */
    public static void requireSameBody(byte[] connector, byte[] baseline) {
        if (!Arrays.equals(connector, baseline)) {
            throw new IllegalStateException("the baseline's body differs from the connector's (" + baseline.length
                    + " vs " + connector.length + " bytes): the comparison would not be fair");
        }
    }
}
