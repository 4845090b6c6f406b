package io.moodleconnector.host.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One run of the real CLI in-process, with its exit code and what it wrote to stdout and stderr. */
public record CliRun(int exit, String out, String err) {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static CliRun runWithStdin(Map<String, String> env, String stdin, String... args) {
        return runWithStdin(env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
    }

    public static CliRun runWithStdin(Map<String, String> env, InputStream stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConnectorCli cli = new ConnectorCli(env, stdin);
        int exit = ConnectorCli.commandLine(cli, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    public static CliRun run(Map<String, String> env, String... args) {
        return runWithStdin(env, "", args);
    }

    /** stderr as the one JSON error object it must be. */
    public JsonNode error() {
        String line = err.strip();
        if (line.isEmpty() || line.contains("\n")) {
            throw new AssertionError("stderr is not one JSON line: <" + err + ">");
        }
        return JSON.readTree(line);
    }

    /** stdout as JSON. */
    public JsonNode json() {
        return JSON.readTree(out);
    }

    /** The exit code, stdout and stderr, for assertion messages. */
    public String both() {
        return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
}
