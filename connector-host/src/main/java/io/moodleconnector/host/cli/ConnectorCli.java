package io.moodleconnector.host.cli;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.Secret;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code connector} command: global options and the entry point. Each subcommand opens a
 * {@link ConnectorHost} on the plugins folder, does its work and closes the host.
 *
 * <p>One instance serves one command line; it is not thread-safe. The environment and stdin are passed in so that
 * tests run the real command in-process.
 */
// scope INHERIT: every subcommand gets -h/--help (and -V/--version), so `connector call --help` shows call's usage.
@Command(name = "connector", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        versionProvider = VersionProvider.class,
        description = "Lists, describes and calls the methods of connector plugins, and checks a connection.",
        subcommands = {MethodsCommand.class, DescribeCommand.class, CallCommand.class, DoctorCommand.class,
                SandboxCommand.class, DemoCommand.class,
                CatalogueCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:a bug in this tool", "2:invalid input or usage (bad JSON, unknown method)",
                "3:authentication or permission refused", "4:a remote Moodle error, or a partial failure",
                "5:transport failure (site unreachable, timeout, not Moodle's JSON)"})
public final class ConnectorCli {
    static final String PLUGINS_ENV = "CONNECTOR_PLUGINS";
    private static final String LOG_LEVEL_ENV = "CONNECTOR_LOG_LEVEL";
    private static final String LOG_LEVEL_PROPERTY = "org.slf4j.simpleLogger.defaultLogLevel";

    @Option(names = "--plugins", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of plugin zips (default: $CONNECTOR_PLUGINS, else ./plugins).")
    Path plugins;

    @Option(names = "--connector", paramLabel = "ID", defaultValue = "moodle", scope = ScopeType.INHERIT,
            description = "Connector id (default: ${DEFAULT-VALUE}).")
    String connectorId;

    @Option(names = "--url", paramLabel = "URL", scope = ScopeType.INHERIT,
            description = "Moodle site URL, e.g. https://lms.example.edu (default: $MOODLE_URL).")
    String url;

    @Option(names = "--token", paramLabel = "TOKEN", converter = SecretConverter.class, scope = ScopeType.INHERIT,
            description = "Web-service token (default: $MOODLE_TOKEN). Prefer --token-file or the environment: "
                    + "other users can read command lines.")
    Secret token;

    @Option(names = "--token-file", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "File holding the web-service token.")
    Path tokenFile;

    @Mixin
    ConnectionFlags connectionFlags = new ConnectionFlags();

    @Option(names = "--catalogue", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Folder of extra catalogue YAML files the connector loads after its shipped catalogue"
                    + " (repeatable). A file with a problem is left out and its problems are printed on stderr.")
    List<Path> catalogueDirs = new ArrayList<>();

    private final Map<String, String> env;
    private final InputStream stdin;

    public ConnectorCli(Map<String, String> env, InputStream stdin) {
        this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    public static void main(String[] args) {
        // stderr is reserved for the one JSON error object, so logging is off unless asked for (e.g.
        // CONNECTOR_LOG_LEVEL=debug); a plugin that fails to start is named in that object anyway.
        if (System.getProperty(LOG_LEVEL_PROPERTY) == null) {
            String level = System.getenv(LOG_LEVEL_ENV);
            System.setProperty(LOG_LEVEL_PROPERTY, level == null || level.isBlank() ? "off" : level);
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int exit;
        try {
            exit = commandLine(new ConnectorCli(System.getenv(), System.in), out, err)
                    .execute(Utf8Arguments.of(args));
        } catch (UsageException e) {
            exit = ErrorReport.print(e, err);
        }
        out.flush();
        err.flush();
        System.exit(exit);
    }

    /** The configured command line, writing results to {@code out} and the error object to {@code err}. */
    public static CommandLine commandLine(ConnectorCli cli, PrintWriter out, PrintWriter err) {
        cli.errWriter = err;
        CommandLine cmd = new CommandLine(cli);
        // `--input @file.json` names a JSON file; picocli would otherwise expand it as an argument file.
        cmd.setExpandAtFiles(false);
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setExecutionExceptionHandler((e, command, parseResult) -> ErrorReport.print(e, command.getErr()));
        // picocli's own messages quote what was typed, which may be a secret (`--tokn VALUE`): see SafeUsage.
        cmd.setParameterExceptionHandler((e, args) -> ErrorReport.print(
                new UsageException(SafeUsage.message(e, args), null), e.getCommandLine().getErr()));
        return cmd;
    }

    /** Loads the plugins folder, with the --catalogue folders if any. The caller closes the host. */
    ConnectorHost openHost() {
        return CatalogueFoldersOption.open(catalogueDirs, () -> ConnectorHost.open(pluginsDir()), errWriter);
    }

    /** Where warnings go (stderr); set by {@link #commandLine}. */
    private PrintWriter errWriter = new PrintWriter(System.err, true, StandardCharsets.UTF_8);

    /** The selected connector of an open host. */
    Connector connector(ConnectorHost host) {
        return host.connector(connectorId);
    }

    /** The connection from --url/--token/--token-file or the environment. */
    Connection connection() {
        return ConnectionSettings.resolve(url, token, tokenFile, env, connectionFlags.options());
    }

    /** Whether a site URL was given (--url or $MOODLE_URL); without one, doctor checks a sandbox. */
    boolean hasSite() {
        String site = url != null ? url : env.get(ConnectionSettings.URL_ENV);
        return site != null && !site.isBlank();
    }

    /** Whether stderr is a terminal, where a long call shows its progress ({@link ProgressLine}). */
    boolean stderrIsTerminal() {
        return ProgressLine.stderrIsTerminal(env);
    }

    InputStream stdin() {
        return stdin;
    }

    /** Whether the launcher saw the process started without a stdin ({@code <&-}). */
    boolean stdinClosed() {
        return "1".equals(env.get(InputSource.STDIN_CLOSED_ENV));
    }

    private Path pluginsDir() {
        if (plugins != null) {
            return plugins;
        }
        String fromEnv = env.get(PLUGINS_ENV);
        return Path.of(fromEnv != null && !fromEnv.isBlank() ? fromEnv : "plugins");
    }
}
