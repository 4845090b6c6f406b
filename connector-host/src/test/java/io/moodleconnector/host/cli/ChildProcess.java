package io.moodleconnector.host.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A process a CLI test starts (the CLI's main class in a child JVM, or the {@code ./connector} launcher), with its
 * arguments passed as raw bytes through bash and its stdout and stderr caught in files.
 */
final class ChildProcess {
    private ChildProcess() {
    }

    /**
     * Appends each argument to a bash command line as {@code "$(< file)"}, the file in {@code dir} holding its bytes:
     * bash reads them itself, so neither this JVM's charset nor ProcessBuilder's touches them.
     */
    static void appendArguments(StringBuilder script, Path dir, List<byte[]> args) throws IOException {
        for (int i = 0; i < args.size(); i++) {
            Path file = Files.write(dir.resolve("arg" + i), args.get(i));
            script.append(" \"$(< '").append(file).append("')\"");
        }
    }

    /** Starts {@code builder} with stdout and stderr sent to files in {@code dir}, and waits two minutes at most. */
    static ChildCli.Run run(ProcessBuilder builder, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", builder.command()) + " did not finish");
        }
        return new ChildCli.Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
