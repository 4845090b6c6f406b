package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.ConnectionReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connector doctor [--json]}: checks the connection (site, user, which methods the token's service allows).
 * Exits 0 when every method is usable, 3 when some are not.
 */
@Command(name = "doctor", description = "Checks the connection: site, user, and which methods the token can use.")
final class DoctorCommand implements Callable<Integer> {
    /** Some methods are not in the token's service: an access problem for the Moodle admin, as in {@link Failure}. */
    static final int SOME_UNUSABLE = Failure.PERMISSION.exitCode();

    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Override
    public Integer call() {
        var connection = cli.connection();
        try (ConnectorHost host = cli.openHost()) {
            ConnectionReport report = cli.connector(host).check(connection);
            String text = json ? Json.pretty(DoctorReport.json(report)) + System.lineSeparator()
                    : DoctorReport.text(report);
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
            return report.allUsable() ? 0 : SOME_UNUSABLE;
        }
    }
}
