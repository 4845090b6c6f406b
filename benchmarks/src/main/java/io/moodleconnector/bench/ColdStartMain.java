package io.moodleconnector.bench;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.Connector;
import java.nio.file.Path;

/**
 * One cold start, in a fresh JVM launched by {@link ColdStartBenchmark}: open a {@link ConnectorHost} on a plugins
 * folder and, for the Moodle plugin, list its methods and invoke {@code groups.create} against a local server; for
 * the empty plugin, only load it. Exits 0 when done.
 *
 * <p>Arguments: {@code moodle|empty PLUGINS_DIR SITE_URL}.
 */
public final class ColdStartMain {
    private ColdStartMain() {
    }

    public static void main(String[] args) {
        String plugin = args[0];
        try (ConnectorHost host = ConnectorHost.open(Path.of(args[1]))) {
            if (plugin.equals("moodle")) {
                Connector connector = host.connector("moodle");
                if (connector.methods().isEmpty()) {
                    throw new IllegalStateException("the connector has no methods");
                }
                connector.invoke("groups.create", SingleCallBenchmark.INPUT,
                        Connections.to(args[2], Connections.TOKEN, 1000));
            } else if (!host.connectors().isEmpty()) {
                throw new IllegalStateException("the empty plugin should offer no connector");
            }
        }
        System.exit(0);
    }
}
