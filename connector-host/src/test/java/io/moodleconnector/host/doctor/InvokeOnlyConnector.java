package io.moodleconnector.host.doctor;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorDescriptor;
import io.moodleconnector.spi.MethodDescriptor;
import java.util.List;

/**
 * A scripted site for the write probe's tests: the probe only invokes methods, so a test writes {@code invoke} and
 * nothing else; describing, listing and checking are not part of the script.
 */
abstract class InvokeOnlyConnector implements Connector {
    @Override
    public ConnectorDescriptor descriptor() {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<MethodDescriptor> methods() {
        return List.of();
    }

    @Override
    public ConnectionReport check(Connection connection) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
    }
}
