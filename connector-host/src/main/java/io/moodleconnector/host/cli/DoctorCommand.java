package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.doctor.Diagnosis;
import io.moodleconnector.host.doctor.DiagnosisJson;
import io.moodleconnector.host.doctor.DiagnosisText;
import io.moodleconnector.host.doctor.ProbeResult;
import io.moodleconnector.host.doctor.WriteProbe;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.Secret;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connector doctor [--json] [--sandbox] [--course ID] [--cmid ID] [--probe-writes] [--deadline D]
 * [--verbose]}: checks a connection
 * (site, release, user, HTTPS), proves with the catalogue's write-free capability probes which methods the token may
 * use, and gives the Moodle admin a to-do list: functions to add to the service, capabilities to give the role by
 * context level. Without a site URL (no --url, no $MOODLE_URL) it checks a sandbox it starts itself.
 */
@Command(name = "doctor", description = {
        "Checks a connection: site, release, user, HTTPS; proves, without writing anything, which methods the token "
                + "may use (usable, function missing from the service, capability missing, course access missing, "
                + "or unproven); and tells the Moodle admin which functions and capabilities to add.",
        "Without --url (or $MOODLE_URL) it checks the built-in sandbox."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every method of the seed set is usable (and the write probe passed); methods beyond it "
                + "are reported, not counted", "3:some methods of the seed set are not usable or not proved, or the "
                + "token was refused", "2/4/5:usage, a Moodle error or a transport failure, the --deadline "
                + "included (5, deadline_exceeded; see connector --help)"})
final class DoctorCommand implements Callable<Integer> {
    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "Print JSON instead of text.")
    private boolean json;

    @Option(names = "--sandbox", description = "Check a sandbox started for this run (the default without a URL).")
    private boolean sandbox;

    @Option(names = "--probe-writes", description = "Also create and delete a throw-away group and grouping (in "
            + "--course, or the first course the token can see): the only proof for the two delete functions.")
    private boolean probeWrites;

    @Option(names = "--course", paramLabel = "ID", description = "The course the probes may use (default: the first "
            + "one the token can see).")
    private Long course;

    @Option(names = "--cmid", paramLabel = "ID", description = "An activity (course module id) the activity probes "
            + "may use; no function of the service lists activities, so without it those methods stay unproven.")
    private Long cmid;

    @Option(names = "--deadline", paramLabel = "DURATION", converter = DeadlineConverter.class,
            description = "End the check after this long in all (e.g. 500ms, 30s, 2m): the site info and every probe, "
                    + "then --probe-writes's steps; deleting what --probe-writes made still runs after it. Default: "
                    + "only the connection's timeouts.")
    private Duration deadline;

    @Option(names = {"-v", "--verbose"},
            description = "Print the check's events (each request with its function, retries, budget waits) on stderr.")
    private boolean verbose;

    @Override
    public Integer call() {
        if (course != null && course < 1 || cmid != null && cmid < 1) {
            throw new UsageException("--course and --cmid take a positive id");
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
            DoctorDeadline time = new DoctorDeadline(deadline, verbose ? new EventLog(spec.commandLine().getErr())
                    : CallListener.NONE);
            // A CLI run is one-off: probe now rather than reuse a run of the last hour.
            ConnectionReport report = connector.check(connection, new CheckOptions(course, cmid, true),
                    time.options());
            ProbeResult probe = probeWrites ? new WriteProbe(e -> Failure.of(e).exitCode())
                    .run(connector, connection, course != null ? course : firstCourse(connector, connection, time),
                            time::options) : null;
            Diagnosis diagnosis = Diagnosis.of(report, isSandbox, probe);
            PrintWriter out = spec.commandLine().getOut();
            out.print(json ? Json.pretty(DiagnosisJson.of(diagnosis)) + System.lineSeparator()
                    : DiagnosisText.render(diagnosis));
            out.flush();
            return exitCode(diagnosis);
        }
    }

    /** The first course other than the front page the token can see, for the write probe. */
    private static long firstCourse(Connector connector, Connection connection, DoctorDeadline time) {
        if (connector.invoke("courses.list", java.util.Map.of(), connection, time.options()).data() instanceof java.util.List<?> l) {
            for (Object c : l) {
                if (c instanceof java.util.Map<?, ?> m && m.get("id") instanceof Number n && n.longValue() != 1) {
                    return n.longValue();
                }
            }
        }
        throw new UsageException("--probe-writes found no course the token can see; pass --course ID");
    }

    /**
     * 0 when the seed set is ready; the probe's failure code; else 3, the code for access the admin must grant. The
     * methods beyond the seed set are optional: a site set up by the vendor guide lacks their functions.
     */
    private static int exitCode(Diagnosis d) {
        if (d.probeFailed()) {
            return d.probe().exitCode();
        }
        return d.seedReady() ? 0 : Failure.PERMISSION.exitCode();
    }
}
