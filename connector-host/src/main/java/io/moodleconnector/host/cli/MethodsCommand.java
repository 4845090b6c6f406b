package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.MethodDescriptor;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code connector methods [--json]}: every method with its id, name, category and remote function. */
@Command(name = "methods", description = "Lists every method: id, name, category and remote function.")
final class MethodsCommand implements Callable<Integer> {
    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Override
    public Integer call() {
        try (ConnectorHost host = cli.openHost()) {
            List<MethodDescriptor> methods = cli.connector(host).methods();
            String text = json ? Json.pretty(methods.stream().map(MethodView::summary).toList())
                    : MethodView.table(methods);
            spec.commandLine().getOut().print(text.endsWith(System.lineSeparator()) ? text : text + System.lineSeparator());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
