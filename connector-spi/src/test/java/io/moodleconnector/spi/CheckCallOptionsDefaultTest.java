package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * SPI 0.2.1's {@code check(connection, options, callOptions)} is a default method: a connector written for 0.2.0 (it
 * implements only {@code check(Connection)}) keeps working for hosts that pass no call options, and refuses a
 * deadline or a cancel handle it cannot honour instead of ignoring it.
 */
class CheckCallOptionsDefaultTest {
    private static final Connection CONNECTION = Connection.of("https://lms.example.edu",
            Secret.of("0123456789abcdef0123456789abcdef"));

    /** A connector as written against SPI 0.2: no override of either newer check. */
    private static final class ConnectorOf02 implements Connector {
        final List<Connection> checked = new ArrayList<>();
        final ConnectionReport report = new ConnectionReport("Lab", "https://lms.example.edu", "4.5", "ws", 3, true,
                Set.of(), List.of());

        @Override
        public ConnectorDescriptor descriptor() {
            return new ConnectorDescriptor("old", "Old", "1.0", List.of());
        }

        @Override
        public List<MethodDescriptor> methods() {
            return List.of();
        }

        @Override
        public MethodResult invoke(String methodId, Map<String, Object> input, Connection connection,
                                   CallOptions options) {
            throw new UnknownMethodException(methodId);
        }

        @Override
        public ConnectionReport check(Connection connection) {
            checked.add(connection);
            return report;
        }

        @Override
        public void close() {
        }
    }

    @Test
    void aCheckWithTheDefaultCallOptionsRunsTheConnectorsOwnCheck() {
        ConnectorOf02 connector = new ConnectorOf02();
        ConnectionReport report = connector.check(CONNECTION, CheckOptions.DEFAULT, CallOptions.DEFAULTS);
        assertThat(report).isSameAs(connector.report);
        assertThat(connector.checked).containsExactly(CONNECTION);
    }

    @Test
    void aCheckWithADeadlineIsRefusedByAConnectorThatCannotBoundIt() {
        ConnectorOf02 connector = new ConnectorOf02();
        CallOptions deadline = CallOptions.builder().deadline(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> connector.check(CONNECTION, CheckOptions.DEFAULT, deadline))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("CallOptions");
        assertThat(connector.checked).isEmpty();
    }

    @Test
    void aCheckWithACancelHandleIsRefusedByAConnectorThatCannotCancelIt() {
        ConnectorOf02 connector = new ConnectorOf02();
        CallOptions cancellable = CallOptions.builder().cancellation(new Cancellation()).build();
        assertThatThrownBy(() -> connector.check(CONNECTION, CheckOptions.DEFAULT, cancellable))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(connector.checked).isEmpty();
    }
}
