package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.sandbox.MoodleSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SPI is consumable from a plain Maven project: connector-spi (its flattened POM) and connector-bom are installed
 * into a temporary local repository, a separate project outside the reactor (src/it/embedding-host: plain PF4J,
 * Jackson 2 as its own JSON library) is built against them offline, and run on the packaged plugin zip. The shared
 * ~/.m2 is only read: the temporary repository is seeded with hard links to it (copies across file systems).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddingProjectIT {
    private static final String BAD_CONFIG =
            "{\"url\":\"ftp://lms.example.edu\",\"token\":\" \",\"maxInFlight\":0,\"requestsPerSecond\":\"fast\"}";

    private Path project;
    private Path plugins;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void installTheSpiAndBuildTheProject(@TempDir Path work) throws Exception {
        Path repo = work.resolve("repo");
        seed(Path.of(System.getProperty("local.repository")), repo);
        mvn(repo, work, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + System.getProperty("spi.jar"), "-DpomFile=" + System.getProperty("spi.pom"));
        mvn(repo, work, "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file",
                "-Dfile=" + System.getProperty("bom.pom"), "-DpomFile=" + System.getProperty("bom.pom"));
        project = work.resolve("embedding-host");
        copyTree(Path.of(System.getProperty("embedding.project")), project);
        mvn(repo, project, "compile", "-Dconnector.version=" + System.getProperty("project.version"));
        plugins = PackagedPlugin.copyInto(Files.createDirectory(work.resolve("plugins")));
    }

    /**
     * Every file of the shared repository but this project's own artifacts: jars and POMs as hard links (Maven
     * replaces those by renaming, never rewrites them in place), bookkeeping files (which it may rewrite) as copies,
     * so nothing done in the temporary repository reaches the shared one.
     */
    private static void seed(Path shared, Path repo) throws IOException {
        Path own = shared.resolve("io/moodleconnector");
        try (Stream<Path> files = Files.walk(shared)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).filter(f -> !f.startsWith(own))::iterator) {
                Path target = repo.resolve(shared.relativize(f).toString());
                Files.createDirectories(target.getParent());
                String name = f.getFileName().toString();
                try {
                    if (name.endsWith(".jar") || name.endsWith(".pom")) {
                        Files.createLink(target, f);
                    } else {
                        Files.copy(f, target);
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void mvn(Path repo, Path dir, String... goals) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-q", "-o", "-Dmaven.repo.local=" + repo));
        command.addAll(List.of(goals));
        Run run = run(command, dir);
        assertThat(run.exit()).as("%s%n%s%n%s", command, run.out(), run.err()).isZero();
    }

    private static Run run(List<String> command, Path dir) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Run host(String... args) throws Exception {
        String classpath = project.resolve("target/classes") + java.io.File.pathSeparator
                + Files.readString(project.resolve("target/classpath.txt"), StandardCharsets.UTF_8).strip();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, "com.example.platform.EmbeddingHost", plugins.toString()));
        command.addAll(List.of(args));
        return run(command, project);
    }

    @Test
    void theProjectResolvesTheSpiWithoutTheReactorParent() throws IOException {
        String classpath = Files.readString(project.resolve("target/classpath.txt"), StandardCharsets.UTF_8);
        assertThat(classpath).contains("connector-spi-" + System.getProperty("project.version") + ".jar")
                .contains("pf4j-" + System.getProperty("pf4j.version") + ".jar")
                .contains("jackson-databind-2.");
        assertThat(Files.readString(Path.of(System.getProperty("spi.pom")), StandardCharsets.UTF_8))
                .doesNotContain("<parent>");
    }

    @Test
    void theBomManagesThePf4jAndSlf4jThisBuildUses() throws IOException {
        String bom = Files.readString(Path.of(System.getProperty("bom.pom")), StandardCharsets.UTF_8);
        assertThat(bom).contains("<version>" + System.getProperty("project.version") + "</version>")
                .contains("<pf4j.version>" + System.getProperty("pf4j.version") + "</pf4j.version>")
                .contains("<slf4j.version>" + System.getProperty("slf4j.version") + "</slf4j.version>");
    }

    @Test
    void plainPf4jRendersTheConnectionSpecAndListsEveryProblemOfABadConfig() throws Exception {
        Run run = host(BAD_CONFIG);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("SPEC {\"$schema\":\"https://json-schema.org/draft/2020-12/schema\"")
                .contains("\"writeOnly\":true,\"secret\":true")
                .contains("PROBLEM /url ").contains("PROBLEM /token ").contains("PROBLEM /maxInFlight ")
                .contains("PROBLEM /requestsPerSecond ");
    }

    @Test
    void withJackson2OnTheHostsClasspathThePluginStillCallsASite() throws Exception {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).build().start()) {
            String config = "{\"url\":\"" + sandbox.url() + "\",\"token\":\"" + sandbox.token() + "\"}";
            Run run = host(config, "site.info");
            assertThat(run.exit()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("PROBLEM").contains("RESULT {").contains("\"sitename\":\"Moodle Lab\"");
            assertThat(run.out() + run.err()).doesNotContain(sandbox.token());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
