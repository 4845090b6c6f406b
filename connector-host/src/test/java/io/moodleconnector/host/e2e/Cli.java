package io.moodleconnector.host.e2e;

import io.moodleconnector.host.cli.ConnectorCli;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The real {@code connector} command run in-process, with its exit code, stdout and stderr. */
record Cli(int exit, String out, String err) {
    /** Runs the CLI on the plugins in {@code plugins} with the given extra environment. */
    static Cli run(Path plugins, Map<String, String> env, String... args) {
        Map<String, String> environment = new HashMap<>(env);
        environment.put("CONNECTOR_PLUGINS", plugins.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConnectorCli cli = new ConnectorCli(environment, new ByteArrayInputStream(new byte[0]));
        int exit = ConnectorCli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** For assertion messages. */
    String both() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
