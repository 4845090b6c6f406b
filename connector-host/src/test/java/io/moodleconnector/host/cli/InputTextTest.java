package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --input} from stdin and files: strict UTF-8, bounded, and an unreadable stdin is a usage error. */
class InputTextTest {
    /** {"courseid":2,"name":"Caf\xC3("} - a two-byte sequence broken at byte 25. */
    private static final byte[] MALFORMED = {'{', '"', 'c', 'o', 'u', 'r', 's', 'e', 'i', 'd', '"', ':', '2', ',',
            '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'C', 'a', 'f', (byte) 0xC3, '(', '"', '}'};

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token("feedfacefeedfacefeedfacefeedface")
            .siteUrlInEnvironment();

    @TempDir
    Path dir;

    @Test
    void malformedStdinIsRefusedWithItsByteOffsetAndNothingIsSent() {
        CliRun run = cli.runWithStdin(new ByteArrayInputStream(MALFORMED), "call", "groups.create",
                "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("stdin").contains("not valid UTF-8")
                .contains("byte 25");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString())
                .isEqualTo("encoding");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void malformedFileIsRefusedWithItsByteOffset() throws IOException {
        Path file = Files.write(dir.resolve("input.json"), MALFORMED);
        CliRun run = cli.run("call", "groups.create", "--input", "@" + file);
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(file.toString()).contains("byte 25");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void inputFileWithAByteOrderMarkIsRead() throws IOException {
        cli.replayExchange("core_webservice_get_site_info");
        Path file = Files.writeString(dir.resolve("input.json"), "\uFEFF{}");
        CliRun run = cli.run("call", "site.info", "--input", "@" + file);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void inputFileLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = dir.resolve("huge.json");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(InputSource.MAX_INPUT_BYTES + 1L);
        }
        CliRun run = cli.run("call", "site.info", "--input", "@" + file);
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
        CliRun run = cli.runWithStdin(broken, "call", "site.info", "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("cannot read stdin");
    }

    @Test
    void stdinTheLauncherFoundClosedIsAUsageError() {
        CliRun run = CliRun.runWithStdin(cli.env(InputSource.STDIN_CLOSED_ENV, "1"), "{}", "call", "site.info",
                "--input", "-");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("stdin").contains("closed");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }
}
