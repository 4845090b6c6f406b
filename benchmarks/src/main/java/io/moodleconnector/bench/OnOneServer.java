package io.moodleconnector.bench;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import java.util.Map;

/**
 * The two sides of a paired benchmark on one canned loopback server: the connector loaded from the plugin zip
 * through PF4J, and the hand-written OkHttp baseline. Made in a benchmark's trial set-up, closed in its tear-down;
 * not thread-safe.
 */
final class OnOneServer implements AutoCloseable {
    final CannedServer server;
    final PluginLoader plugin;
    final Connector connector;
    final Connection connection;
    final Baseline baseline;

    private OnOneServer(CannedServer server, int maxInputVars) {
        this.server = server;
        this.plugin = PluginLoader.open();
        this.connector = plugin.connector();
        this.connection = Connections.to(server.url(), Connections.TOKEN, maxInputVars);
        this.baseline = new Baseline(server.endpoint());
    }

    /** Both sides against a server that answers every request with {@code server}'s canned reply. */
    static OnOneServer on(CannedServer server, int maxInputVars) {
        return new OnOneServer(server, maxInputVars);
    }

    /**
     * Calls the method once through the connector and posts {@code baselineBody} once, and fails unless the server
     * received the same bytes from both: the pairing is only fair if both sides send the same request.
     */
    MethodResult requireSameRequest(String method, Map<String, Object> input, byte[] baselineBody) {
        MethodResult result = connector.invoke(method, input, connection);
        byte[] sent = server.lastBody();
        baseline.post(baselineBody);
        Connections.requireSameBody(sent, server.lastBody());
        return result;
    }

    @Override
    public void close() {
        baseline.close();
        plugin.close();
        server.close();
    }
}
