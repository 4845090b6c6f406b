package io.moodleconnector.host.cli;

import io.moodleconnector.catalogue.SeedSet;
import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.MethodDescriptor;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code connector methods [--category NAME] [--seed] [--json]}: every method with its id, name, category and remote
 * function; optionally only one category's, or only the seed set's (the methods calling the 26 functions of the
 * vendor guide and site info, see {@link SeedSet}).
 */
@Command(name = "methods", description = "Lists every method: id, name, category and remote function.")
final class MethodsCommand implements Callable<Integer> {
    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    private boolean json;

    @Option(names = "--category", paramLabel = "NAME", description = "Only the methods of this category (e.g."
            + " Groups; case does not matter).")
    private String category;

    @Option(names = "--seed", description = "Only the seed set: the methods calling the 25 functions of the vendor"
            + " guide or site info.")
    private boolean seed;

    @Override
    public Integer call() {
        try (ConnectorHost host = cli.openHost()) {
            List<MethodDescriptor> methods = cli.connector(host).methods().stream()
                    .filter(m -> category == null || m.category().equalsIgnoreCase(category.strip()))
                    .filter(m -> !seed || SeedSet.contains(m.function()))
                    .toList();
            String text = json ? Json.pretty(methods.stream().map(MethodView::summary).toList())
                    : MethodView.table(methods);
            spec.commandLine().getOut().print(text.endsWith(System.lineSeparator()) ? text : text + System.lineSeparator());
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
