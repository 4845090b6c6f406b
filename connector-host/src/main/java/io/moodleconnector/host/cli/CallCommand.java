package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.CallListener;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.MethodResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code connector call METHOD [--input JSON|@file|-] [--deadline D] [--verbose]}: runs one method and prints its normalised result
 * ({@code data}, {@code warnings}, {@code items}, {@code requests}) as JSON on stdout.
 */
@Command(name = "call", description = "Calls one method and prints its normalised result as JSON.")
final class CallCommand implements Callable<Integer> {
    @ParentCommand
    private ConnectorCli cli;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "METHOD", description = "Method id, e.g. site.info.")
    private String methodId;

    @Option(names = "--input", paramLabel = "JSON",
            description = "The input: a JSON object, @file.json, or - for stdin (default: {}).")
    private String input;

    @Option(names = "--deadline", paramLabel = "DURATION", converter = DeadlineConverter.class,
            description = "End the call after this long (e.g. 500ms, 30s, 2m), waits for the site's budget included;"
                    + " default: only the connection's timeouts.")
    private Duration deadline;

    @Option(names = {"-v", "--verbose"},
            description = "Print the call's events (requests, retries, budget waits, chunks) on stderr.")
    private boolean verbose;

    @Override
    public Integer call() {
        // Input and connection are checked before any plugin loads: a typo should fail fast and cheaply.
        Map<String, Object> parsed = InputSource.read(input, cli.stdin(), cli.stdinClosed());
        Connection connection = cli.connection();
        try (ConnectorHost host = cli.openHost()) {
            Connector connector = cli.connector(host);
            CallOptions.Builder options = CallOptions.builder().deadline(deadline);
            ProgressLine progress = null;
            if (verbose) {
                options.listener(new EventLog(spec.commandLine().getErr()));
            } else if (cli.stderrIsTerminal()) {
                ProgressLine line = new ProgressLine(spec.commandLine().getErr(), methodId, System::nanoTime);
                options.listener(new CallListener() {
                    @Override
                    public void chunkEnd(ChunkEnd event) {
                        line.chunkEnded(event.chunks(), event.items());
                    }
                });
                progress = line;
            }
            MethodResult result;
            try {
                result = connector.invoke(methodId, parsed, connection, options.build());
            } catch (RuntimeException e) {
                // Printed while the plugin is still loaded, whatever the error holds.
                finish(progress);
                return ErrorReport.print(e, spec.commandLine().getErr());
            }
            finish(progress);
            spec.commandLine().getOut().println(Json.pretty(ResultView.of(result)));
            spec.commandLine().getOut().flush();
        }
        return 0;
    }

    /** Erases the progress line, if there is one, before the result or the error object is printed. */
    private static void finish(ProgressLine progress) {
        if (progress != null) {
            progress.finish();
        }
    }
}
