/**
 * JMH benchmarks of the Moodle connector, each pairing the connector with a hand-written OkHttp baseline in the same
 * run against the same loopback server. Run them with {@code benchmarks/run}; the figures and the machine they were
 * measured on are in {@code benchmarks/README.md}.
 *
 * <p>Support classes ({@link io.moodleconnector.bench.CannedServer}, {@link io.moodleconnector.bench.Baseline},
 * {@link io.moodleconnector.bench.PluginLoader}, ...) are set up in a benchmark's {@code @Setup} and used by one
 * benchmark thread; none of them holds mutable static state.
 */
package io.moodleconnector.bench;
