package io.moodleconnector.host.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI's main class run in a child JVM, started by bash so that arguments reach it as raw bytes
 * ({@link ChildProcess#appendArguments}), under the locale, heap and stdin the test chooses.
 */
final class ChildCli {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Run(int exit, String out, String err) {
        JsonNode error() {
            return JSON.readTree(err.strip());
        }

        String both() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Path dir;
    private final Map<String, String> env;
    private final List<String> jvmOptions = new ArrayList<>();
    private String stdin = "< /dev/null";

    ChildCli(Path dir, Map<String, String> env) {
        this.dir = dir;
        this.env = env;
    }

    ChildCli heap(String max) {
        jvmOptions.add("-Xmx" + max);
        return this;
    }

    /** A bash redirection for the child's stdin, e.g. {@code <&-} to start it without one. */
    ChildCli stdin(String redirection) {
        this.stdin = redirection;
        return this;
    }

    Run run(String... args) throws IOException, InterruptedException {
        List<byte[]> raw = new ArrayList<>();
        for (String arg : args) {
            raw.add(arg.getBytes(StandardCharsets.UTF_8));
        }
        return runRaw(raw);
    }

    Run runRaw(List<byte[]> args) throws IOException, InterruptedException {
        StringBuilder script = new StringBuilder("exec \"$JAVA\"");
        for (String option : jvmOptions) {
            script.append(' ').append(option);
        }
        script.append(" -cp \"$CLASSPATH\" ").append(ConnectorCli.class.getName());
        ChildProcess.appendArguments(script, dir, args);
        script.append(' ').append(stdin);
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script.toString());
        builder.environment().keySet().removeIf(k -> k.startsWith("MOODLE_") || k.startsWith("LC_") || k.equals("LANG"));
        builder.environment().putAll(env);
        builder.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        builder.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        return ChildProcess.run(builder, dir);
    }
}
