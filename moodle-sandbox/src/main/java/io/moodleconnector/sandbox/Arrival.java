package io.moodleconnector.sandbox;

/**
 * When a request arrived and how many were in flight at the server with it, for tests that check a client's
 * request budget from the site's side.
 *
 * @param atNanos  {@link System#nanoTime()} when the request arrived
 * @param inFlight requests being served at that moment, this one included
 */
public record Arrival(long atNanos, int inFlight) { }
