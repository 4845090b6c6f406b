/**
 * An embedded server that speaks Moodle 4.5's REST web-service protocol on loopback, with an in-memory site, for
 * the connector's demo and end-to-end tests. Start it with {@link io.moodleconnector.sandbox.MoodleSandbox#builder()},
 * or in JUnit 5 with {@link io.moodleconnector.sandbox.MoodleSandboxExtension}.
 */
package io.moodleconnector.sandbox;
