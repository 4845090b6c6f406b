package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.demo.DemoRunner;
import io.moodleconnector.host.demo.DemoScenario;
import io.moodleconnector.host.demo.DemoSession;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Secret;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connector demo [--full]}: starts an embedded sandbox, loads the plugin through PF4J and runs {@link
 * DemoScenario} through the connector. Exits 0 when every step behaved as expected, 1 otherwise.
 */
@Command(name = "demo", description = {
        "Runs a realistic scenario through the connector against a sandbox it starts itself: check the connection, "
                + "list courses, create and enrol users, groups and a grouping, read them back, read grades, request "
                + "a password reset, then one refused input and two Moodle errors.",
        "Sandbox only: --url/--token are ignored (use `call` or `doctor` against a real site)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every step behaved as expected", "1:a step did not (the output says why)"})
final class DemoCommand implements Callable<Integer> {
    /** Answers longer than this are cut unless --full. */
    private static final int ANSWER_WIDTH = 300;

    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--full", description = "Print every result in full.")
    private boolean full;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // Moodle's developer debugging on, so Moodle's own errors carry their reason (debuginfo).
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).debug(true).build().start();
             ConnectorHost host = cli.openHost()) {
            out.println("Sandbox: " + sandbox.url() + " (in memory, Moodle 4.5 REST protocol, developer debugging on)");
            out.println("Plugin:  " + cli.connector(host).descriptor().id() + " loaded through PF4J from "
                    + host.pluginsDir());
            out.println();
            Connection connection = Connection.of(sandbox.url(), Secret.of(sandbox.token()));
            DemoSession session = new DemoSession(cli.connector(host), connection, sandbox::requestCount);
            boolean passed = new DemoRunner(out, full ? 0 : ANSWER_WIDTH).run(DemoScenario.steps(), session);
            return passed ? 0 : Failure.INTERNAL.exitCode();
        }
    }
}
