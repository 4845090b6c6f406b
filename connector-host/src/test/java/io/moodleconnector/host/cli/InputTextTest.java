package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.MoodleSamples;
import io.moodleconnector.host.PackagedPlugin;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --input} from stdin and files: strict UTF-8, bounded, and an unreadable stdin is a usage error. */
class InputTextTest {
    /** {"courseid":2,"name":"Caf\xC3("} - a two-byte sequence broken at byte 25. */
    private static final byte[] MALFORMED = {'{', '"', 'c', 'o', 'u', 'r', 's', 'e', 'i', 'd', '"', ':', '2', ',',
            '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'C', 'a', 'f', (byte) 0xC3, '(', '"', '}'};

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @StartStop
    final MockWebServer moodle = new MockWebServer();

    @BeforeAll
    static void packagedPlugin() {
        PackagedPlugin.copyInto(plugins);
    }

    private Map<String, String> env() {
        return Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString(), "MOODLE_TOKEN", "feedfacefeedfacefeedfacefeedface",
                "MOODLE_URL", moodle.url("/").toString());
    }

    @Test
    void malformedStdinIsRefusedWithItsByteOffsetAndNothingIsSent() {
        CliRun run = CliRun.runWithStdin(env(), new ByteArrayInputStream(MALFORMED), "call", "groups.create",
                "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("stdin").contains("not valid UTF-8")
                .contains("byte 25");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString())
                .isEqualTo("encoding");
        assertThat(moodle.getRequestCount()).isZero();
    }

    @Test
    void malformedFileIsRefusedWithItsByteOffset() throws IOException {
        Path file = Files.write(dir.resolve("input.json"), MALFORMED);
        CliRun run = CliRun.run(env(), "call", "groups.create", "--input", "@" + file);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(file.toString()).contains("byte 25");
        assertThat(moodle.getRequestCount()).isZero();
    }

    @Test
    void inputFileWithAByteOrderMarkIsRead() throws IOException {
        moodle.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(MoodleSamples.exchange("core_webservice_get_site_info").get("response").get("body").asString())
                .build());
        Path file = Files.writeString(dir.resolve("input.json"), "\uFEFF{}");
        CliRun run = CliRun.run(env(), "call", "site.info", "--input", "@" + file);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void inputFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(InputSource.MAX_INPUT_BYTES + 1L);
        }
        CliRun run = CliRun.run(env(), "call", "site.info", "--input", "@" + file);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("larger than 16 MiB");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString())
                .isEqualTo("maxBytes");
    }

    @Test
    void stdinThatCannotBeReadIsAUsageError() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("Bad file descriptor");
            }
        };
        CliRun run = CliRun.runWithStdin(env(), broken, "call", "site.info", "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("cannot read stdin");
    }

    @Test
    void stdinTheLauncherFoundClosedIsAUsageError() {
        Map<String, String> env = new java.util.HashMap<>(env());
        env.put(InputSource.STDIN_CLOSED_ENV, "1");
        CliRun run = CliRun.runWithStdin(env, "{}", "call", "site.info", "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("stdin").contains("closed");
        assertThat(moodle.getRequestCount()).isZero();
    }
}
