/**
 * Reliability and security tests of the real {@link io.moodleconnector.moodle.MoodleConnector} over real loopback
 * HTTP: a bad-input corpus generated from every shipped input schema, a fault matrix of broken servers, a
 * concurrency soak against the Moodle sandbox, and a scan of everything the tests produced for the token.
 *
 * <p>Test support here ({@link io.moodleconnector.moodle.reliability.SecretScan},
 * {@link io.moodleconnector.moodle.reliability.BadInputCorpus}) is used only by these tests.
 */
package io.moodleconnector.moodle.reliability;
