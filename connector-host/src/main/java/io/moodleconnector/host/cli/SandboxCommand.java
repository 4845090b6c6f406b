package io.moodleconnector.host.cli;

import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.sandbox.roles.Role;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code connector sandbox [--port N] [--functions LIST | --without LIST] [--role ROLE] [--debug]}: runs an in-memory Moodle 4.5
 * REST site on loopback in the foreground and prints its URL and token, until Ctrl-C (or, in-process, until the
 * running thread is interrupted). The token is a throw-away value made for this run only.
 */
@Command(name = "sandbox", description = {
        "Runs an in-memory Moodle 4.5 web-service site on 127.0.0.1 until Ctrl-C, seeded like the lab the reference "
                + "data was recorded on (courses 2 LAB101 and 3 LAB102, students 6-8, a forum cmid 3).",
        "Prints its URL and a fresh token; point --url/--token (or MOODLE_URL/MOODLE_TOKEN) at it."})
final class SandboxCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "Loopback port (default: a free one).")
    private int port;

    @Option(names = "--functions", paramLabel = "LIST", split = ",",
            description = "Only these Moodle functions are in the token's service (comma-separated), to reproduce "
                    + "an incomplete set-up. Default: all 26.")
    private List<String> functions;

    @Option(names = "--without", paramLabel = "LIST", split = ",",
            description = "All functions except these (comma-separated).")
    private List<String> without;

    @Option(names = "--debug", description = "Moodle's developer debugging: errors carry debuginfo.")
    private boolean debug;

    @Option(names = "--role", paramLabel = "ROLE", split = ",", arity = "1..*",
            description = "The token's role: full (default), minimal (the lab's minimal role), none (only "
                    + "webservice/rest:use), or capabilities (comma-separated, e.g. webservice/rest:use,"
                    + "moodle/course:view). Its functions then check course access and capabilities as Moodle 4.5 "
                    + "does.")
    private List<String> role;

    @Override
    public Integer call() throws InterruptedException {
        MoodleSandbox sandbox = start();
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl-C runs shutdown hooks: close the server there so the port is released before the JVM exits.
        Thread hook = new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "sandbox-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            PrintWriter out = spec.commandLine().getOut();
            out.println("Moodle sandbox running (in memory; every change is lost when it stops).");
            out.println("URL:   " + sandbox.url());
            out.println("Token: " + sandbox.token());
            out.println("Service functions: " + serviceSize() + " of " + SandboxFunctions.ALL.size());
            out.println("Role:  " + describe(roleOf(role)));
            out.println("Try:   ./connector doctor --url " + sandbox.url() + " --token " + sandbox.token());
            out.println("Press Ctrl-C to stop.");
            out.flush();
            stopped.await();
        } catch (InterruptedException e) {
            // An in-process caller (a test) stops the sandbox by interrupting this thread.
            Thread.currentThread().interrupt();
        } finally {
            sandbox.close();
            removeHook(hook);
        }
        return 0;
    }

    private MoodleSandbox start() {
        Set<String> service = SandboxFunctions.select(functions, without);
        try {
            return MoodleSandbox.builder().port(port).functions(service).debug(debug).role(roleOf(role)).build()
                    .start();
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new UsageException(e.getMessage(), e);
        }
    }

    /** The role named by --role; full without it. @throws UsageException for a word that is no role */
    static Role roleOf(List<String> words) {
        try {
            return words == null || words.isEmpty() ? Role.full() : Role.parse(words);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--role: " + e.getMessage(), e);
        }
    }

    private int serviceSize() {
        return SandboxFunctions.select(functions, without).size();
    }

    private static String describe(Role r) {
        return r.all() ? "full (every capability)" : r.name() + " " + r.capabilities().stream().sorted().toList();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down (Ctrl-C): the hook is running or has run, which is what we want.
        }
    }

    /** Which functions the sandbox's service holds, from --functions and --without. */
    static final class SandboxFunctions {
        static final List<String> ALL = io.moodleconnector.sandbox.state.LabSeed.DEFAULT_FUNCTIONS;

        private SandboxFunctions() {
        }

        static Set<String> select(List<String> only, List<String> without) {
            if (only != null && without != null) {
                throw new UsageException("pass either --functions or --without, not both");
            }
            Set<String> chosen = new LinkedHashSet<>(only != null ? trimmed(only) : ALL);
            if (without != null) {
                List<String> unknown = trimmed(without).stream().filter(f -> !ALL.contains(f)).toList();
                if (!unknown.isEmpty()) {
                    throw new UsageException("--without: unknown function(s) " + unknown + "; expected some of " + ALL);
                }
                chosen.removeAll(trimmed(without));
            }
            return chosen;
        }

        private static List<String> trimmed(List<String> names) {
            List<String> out = new ArrayList<>();
            for (String n : names) {
                if (!n.isBlank()) {
                    out.add(n.strip());
                }
            }
            return out;
        }
    }
}
