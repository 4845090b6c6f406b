package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.MethodDescriptor;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code connector describe METHOD [--json]}: description, schemas, lookups and capabilities of one method. */
@Command(name = "describe", description = "Describes one method: description, input and output schema, lookups, capabilities.")
final class DescribeCommand implements Callable<Integer> {
    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "METHOD", description = "Method id, e.g. site.info.")
    private String methodId;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        try (ConnectorHost host = cli.openHost()) {
            MethodDescriptor method = cli.connector(host).method(methodId);
            String text = json ? Json.pretty(MethodView.full(method)) + System.lineSeparator() : MethodView.text(method);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
