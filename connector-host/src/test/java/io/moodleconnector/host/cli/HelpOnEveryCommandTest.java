package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** {@code -h} and {@code --help} print the usage and exit 0 on every command, found by walking the command tree. */
class HelpOnEveryCommandTest {
    static Stream<String> commands() {
        CommandLine root = ConnectorCli.commandLine(new ConnectorCli(Map.of(), new ByteArrayInputStream(new byte[0])),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> paths = new ArrayList<>();
        walk(root, "", paths);
        return paths.stream();
    }

    private static void walk(CommandLine command, String path, List<String> out) {
        out.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) { // aliases would repeat a command
                walk(sub, (path + " " + name).strip(), out);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void longHelpPrintsTheUsageAndExitsZero(String command) {
        assertPrintsUsage(command, "--help");
    }

    @ParameterizedTest
    @MethodSource("commands")
    void shortHelpPrintsTheUsageAndExitsZero(String command) {
        assertPrintsUsage(command, "-h");
    }

    private static void assertPrintsUsage(String command, String option) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : Arrays.asList(command.split(" ")));
        args.add(option);
        CliRun run = CliRun.run(Map.of(), args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains(("Usage: connector " + command).strip() + " ");
        assertThat(run.err()).isEmpty();
    }
}
