/**
 * Capability probes: proving, without writing anything, what a token's role may do. {@link
 * io.moodleconnector.moodle.probe.ProbeRunner} runs each function's probe as the catalogue declares it ({@code
 * probes:}), after {@link io.moodleconnector.moodle.probe.ProbeObjects} has found the objects the probes need with
 * read calls; {@link io.moodleconnector.moodle.probe.Judge} reads each answer by the probe's verdict rules; {@link
 * io.moodleconnector.moodle.probe.ProbeCache} keeps results for an hour per connection. No per-function code: every
 * function's probe is data.
 */
package io.moodleconnector.moodle.probe;
