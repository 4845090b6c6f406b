/** The no-op plugin packaged as benchmarks/target/empty-plugin.zip, the baseline of the cold-start benchmark. */
package io.moodleconnector.bench.empty;
