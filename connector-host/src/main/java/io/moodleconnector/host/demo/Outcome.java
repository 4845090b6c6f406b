package io.moodleconnector.host.demo;

import java.util.Objects;

/**
 * What one step showed: the call as sent, what came back (compact JSON or the error), and whether that is what the
 * step expected, with the expectation or the reason it failed.
 *
 * @param call   e.g. {@code groups.create {"courseid":2,"name":"Red"}}
 * @param answer the normalised result as compact JSON, or the error's code and message
 * @param passed whether the step behaved as expected
 * @param verdict the expectation that held, or why it did not
 */
public record Outcome(String call, String answer, boolean passed, String verdict) {
    public Outcome {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(verdict, "verdict");
    }
}
