/**
 * {@code connector demo}: a realistic scenario run through the connector (only {@code Connector.invoke} and
 * {@code Connector.check}) against an embedded sandbox. The scenario is data, {@link
 * io.moodleconnector.host.demo.DemoScenario}: a list of {@link io.moodleconnector.host.demo.Step}s, each of which
 * says what it calls and what it expects; {@link io.moodleconnector.host.demo.DemoRunner} runs them in order, prints
 * each call and its normalised result, and stops at the first step that does not behave as expected.
 *
 * <p>A run's state ({@link io.moodleconnector.host.demo.DemoSession}: ids created by earlier steps) lives only as
 * long as that run, on one thread.
 */
package io.moodleconnector.host.demo;
