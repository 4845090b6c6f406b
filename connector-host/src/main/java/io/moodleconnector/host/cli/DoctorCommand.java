package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.doctor.Diagnosis;
import io.moodleconnector.host.doctor.DiagnosisJson;
import io.moodleconnector.host.doctor.DiagnosisText;
import io.moodleconnector.host.doctor.ProbeResult;
import io.moodleconnector.host.doctor.WriteProbe;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.Secret;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connector doctor [--json] [--sandbox] [--probe-writes --course ID]}: checks a connection (site, release,
 * user, HTTPS), lists every method as usable or not, and gives the Moodle admin a to-do list per missing function.
 * Without a site URL (no --url, no $MOODLE_URL) it checks a sandbox it starts itself.
 */
@Command(name = "doctor", description = {
        "Checks a connection: site, release, user, HTTPS; which methods the token can use; and, for the others, "
                + "which function to add to the external service and which capabilities the role needs.",
        "Without --url (or $MOODLE_URL) it checks the built-in sandbox."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every method is usable (and the write probe passed)", "3:some methods are not usable, "
                + "or the token was refused", "2/4/5:usage, a Moodle error or a transport failure (see connector --help)"})
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(names = "--sandbox", description = "Check a sandbox started for this run (the default without a URL).")
    private boolean sandbox;

    @Option(names = "--probe-writes", description = "Also create and delete a throw-away group in --course to "
            + "prove write access.")
    private boolean probeWrites;

    @Option(names = "--course", paramLabel = "ID", description = "The course the write probe may use.")
    private Long course;

    @Override
    public Integer call() {
        if (probeWrites && (course == null || course < 1)) {
            throw new UsageException("--probe-writes needs --course ID: the course in which a throw-away group may "
                    + "be created and deleted");
        }
        boolean useSandbox = sandbox || !cli.hasSite();
        if (sandbox && cli.hasSite()) {
            throw new UsageException("pass either --sandbox or a site (--url / $MOODLE_URL), not both");
        }
        if (!useSandbox) {
            return diagnose(cli.connection(), false);
        }
        try (MoodleSandbox moodle = MoodleSandbox.builder().port(0).build().start()) {
            return diagnose(Connection.of(moodle.url(), Secret.of(moodle.token())), true);
        }
    }

    private int diagnose(Connection connection, boolean isSandbox) {
        try (ConnectorHost host = cli.openHost()) {
            Connector connector = cli.connector(host);
            ConnectionReport report = connector.check(connection);
            ProbeResult probe = probeWrites
                    ? new WriteProbe(e -> Failure.of(e).exitCode()).run(connector, connection, course) : null;
            Diagnosis diagnosis = Diagnosis.of(report, isSandbox, probe);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? Json.pretty(DiagnosisJson.of(diagnosis)) + System.lineSeparator()
                    : DiagnosisText.render(diagnosis));
            out.flush();
            return exitCode(diagnosis);
        }
    }

    /** 0 when all is well; the probe's failure code; else 3, the code for access the admin must grant. */
    private static int exitCode(Diagnosis d) {
        if (d.probeFailed()) {
            return d.probe().exitCode();
        }
        return d.report().allUsable() ? 0 : Failure.PERMISSION.exitCode();
    }
}
