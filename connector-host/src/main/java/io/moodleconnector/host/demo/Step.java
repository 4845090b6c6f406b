package io.moodleconnector.host.demo;

/** One step of the demo: does one thing through the connector and judges what came back. */
public sealed interface Step permits CheckStep, CallStep, RefusedStep {
    /** What the step shows, e.g. {@code Create two groups}. */
    String title();

    /** Runs the step. Never throws for a connector failure: an unexpected one is a failed {@link Outcome}. */
    Outcome run(DemoSession session);
}
