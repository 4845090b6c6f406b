package com.example.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.SpiVersion;
import io.moodleconnector.spi.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * A platform's host: loads the plugins folder with plain PF4J, renders the Moodle connector's connection spec,
 * validates a connection config and, given a site, calls a method.
 *
 * <p>Usage: {@code EmbeddingHost PLUGINS_DIR CONFIG_JSON [METHOD]}.
 */
public final class EmbeddingHost {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        PluginManager pf4j = new DefaultPluginManager(Path.of(args[0]));
        pf4j.setSystemVersion(SpiVersion.VERSION);   // plugins built for another contract are refused at load
        pf4j.loadPlugins();
        pf4j.startPlugins();
        try {
            Connector moodle = pf4j.getExtensions(Connector.class).stream()
                    .filter(c -> c.descriptor().id().equals("moodle")).findFirst().orElseThrow();
            // The connection spec is a JSON Schema 2020-12 of plain JDK values: render it as a form.
            System.out.println("SPEC " + json.writeValueAsString(moodle.descriptor().connectionSpec()));

            Map<String, Object> config = json.readValue(args[1], new TypeReference<Map<String, Object>>() { });
            List<Violation> problems = moodle.validate(config);   // offline: no request
            for (Violation v : problems) {
                System.out.println("PROBLEM " + v.pointer() + " " + v.message());
            }
            if (problems.isEmpty() && args.length > 2) {
                MethodResult result = moodle.invoke(args[2], Map.of(), Connection.from(config));
                System.out.println("RESULT " + json.writeValueAsString(result.data()));
            }
        } finally {
            // PF4J 3.15.0's stopPlugins() throws ConcurrentModificationException: stop them one by one. Stopping
            // the plugin releases its HTTP clients, threads and per-site budgets.
            List<PluginWrapper> started = new ArrayList<>(pf4j.getStartedPlugins());
            Collections.reverse(started);
            started.forEach(p -> pf4j.stopPlugin(p.getPluginId()));
            pf4j.unloadPlugins();
        }
    }
}
