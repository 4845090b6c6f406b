package io.moodleconnector.sandbox;

/**
 * A request the sandbox received, with the token value replaced by {@code TOKEN}.
 *
 * @param method   GET or POST
 * @param function the {@code wsfunction} as decoded, or null when absent
 * @param body     the form body (or the query string of a GET), token redacted
 */
public record RecordedRequest(String method, String function, String body) { }
