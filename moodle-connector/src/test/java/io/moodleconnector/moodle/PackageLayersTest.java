package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The plugin's packages depend one way: {@code moodle} on {@code executor} on {@code transport} on {@code call};
 * none of them back up that line, so the transport can change without the executor's internals and the reverse.
 */
class PackageLayersTest {
    private static final Path SOURCES = Path.of("src/main/java/io/moodleconnector/moodle");

    private static List<String> importsOf(String pkg) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
            return files.filter(f -> f.toString().endsWith(".java")).flatMap(f -> {
                try {
                    return Files.readAllLines(f).stream().filter(l -> l.startsWith("import ")).map(l -> f
                            .getFileName() + ": " + l);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @Test
    void theTransportDoesNotDependOnTheExecutor() throws IOException {
        assertThat(importsOf("transport")).noneMatch(l -> l.contains("io.moodleconnector.moodle.executor"));
    }

    @Test
    void theCallScopeDependsOnNeitherTheExecutorNorTheTransport() throws IOException {
        assertThat(importsOf("call")).noneMatch(l -> l.contains("io.moodleconnector.moodle.executor")
                || l.contains("io.moodleconnector.moodle.transport"));
    }

    @Test
    void neitherTheExecutorNorTheTransportDependsOnThePluginPackage() throws IOException {
        assertThat(importsOf("executor")).noneMatch(l -> l.matches(".*import io\\.moodleconnector\\.moodle\\.[A-Z].*"));
        assertThat(importsOf("transport")).noneMatch(l -> l.matches(".*import io\\.moodleconnector\\.moodle\\.[A-Z].*"));
    }
}
