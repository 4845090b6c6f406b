package io.moodleconnector.bench;

/**
 * JVM settings the loopback servers need to measure the client and not TCP: the JDK's HttpServer writes a reply's
 * headers and body in separate packets without TCP_NODELAY, so Nagle's algorithm holds the body until the client's
 * delayed ACK (about 40 ms on Linux) — 40 ms per request for the connector and its baseline alike, drowning both.
 * {@code sun.net.httpserver.nodelay} is read once, when the first HttpServer is made, so {@link #tune()} must run
 * before any server (CannedServer or MoodleSandbox) starts.
 */
public final class Loopback {
    private Loopback() {
    }

    /** Sets TCP_NODELAY for every JDK HttpServer this JVM makes from now on. Idempotent. */
    public static void tune() {
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }
}
