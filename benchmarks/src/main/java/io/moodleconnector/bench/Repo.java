package io.moodleconnector.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Where the repository's files are: the reference samples, the built plugin zip, the benchmarks' build output. The
 * root is the system property {@code bench.repo}, else the nearest folder at or above the working directory that
 * holds {@code reference/moodle/4.5} ({@code benchmarks/run} runs from the root). Stateless.
 */
public final class Repo {
    private Repo() {
    }

    /** The repository root. */
    public static Path root() {
        String configured = System.getProperty("bench.repo");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("reference/moodle/4.5"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the repository root (a folder holding reference/moodle/4.5) at or"
                + " above " + Path.of("").toAbsolutePath() + "; run from the repository or pass -Dbench.repo=DIR");
    }

    /** A file of the Moodle 4.5 reference, e.g. {@code samples/core_group_create_groups.json}. */
    public static Path reference(String relative) {
        return root().resolve("reference/moodle/4.5").resolve(relative);
    }

    /** The plugin zip the moodle-connector build drops into plugins/. */
    public static Path pluginZip() {
        try (var files = Files.list(root().resolve("plugins"))) {
            return files.filter(f -> f.getFileName().toString().matches("moodle-connector-.*\\.zip")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no moodle-connector-*.zip in " + root().resolve("plugins")
                            + "; build it with `mvn -pl moodle-connector -am package`"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The empty plugin zip this module builds (the cold-start baseline). */
    public static Path emptyPluginZip() {
        return root().resolve("benchmarks/target/empty-plugin.zip");
    }

    /** The {@code ./connector} launcher's JVM options ({@code connector.jvmopts}, comment lines left out). */
    public static List<String> launcherOptions() {
        try {
            return Files.readAllLines(root().resolve("connector.jvmopts")).stream()
                    .filter(line -> !line.isBlank() && !line.strip().startsWith("#"))
                    .flatMap(line -> Arrays.stream(line.strip().split("\\s+"))).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** benchmarks/target, for generated files. */
    public static Path target() {
        return root().resolve("benchmarks/target");
    }
}
