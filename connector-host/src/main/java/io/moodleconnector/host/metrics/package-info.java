/**
 * Micrometer metrics of a connector's calls: {@link io.moodleconnector.host.metrics.MicrometerCallListener} turns
 * the SPI's {@link io.moodleconnector.spi.CallListener} events into timers and counters a platform registers with
 * its own {@code MeterRegistry}.
 */
package io.moodleconnector.host.metrics;
