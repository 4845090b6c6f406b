/**
 * The contract between an integration platform (the host) and a connector plugin.
 *
 * <p>A host loads a connector through PF4J, finds its {@link io.moodleconnector.spi.Connector} extension, lists
 * its {@link io.moodleconnector.spi.MethodDescriptor methods}, and calls
 * {@link io.moodleconnector.spi.Connector#invoke invoke} with a method id, the caller's input and a
 * {@link io.moodleconnector.spi.Connection}. Everything that crosses this boundary is a plain JSON value built from
 * JDK types ({@code Map<String,Object>}, {@code List<Object>}, {@code String}, {@code Long}, {@code BigDecimal},
 * {@code Double}, {@code Boolean} and {@code null}; a map may be the SPI's own compact
 * {@link io.moodleconnector.spi.CompactMap}), so that a host on any JSON library, or none, can load the plugin, and
 * so that results and errors stay usable after the plugin is stopped and its class loader closed.
 *
 * <p>Every type here is immutable and safe to share between threads, except where a type's Javadoc says otherwise.
 * Failures are unchecked {@link io.moodleconnector.spi.ConnectorException}s with a stable machine
 * {@linkplain io.moodleconnector.spi.ConnectorException#code() code}.
 */
package io.moodleconnector.spi;
