package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The token and URL as a user types them: tidied where it is safe, refused where sending them would be wrong. */
class ConnectionSettingsTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite();

    @TempDir
    Path dir;

    private CliRun callWithTokenFile(byte[] content) throws IOException {
        Path file = Files.write(dir.resolve("token"), content);
        return cli.run("call", "site.info", "--url", cli.url(), "--token-file", file.toString());
    }

    @Test
    void tokenFileWithAByteOrderMarkAndSurroundingWhitespaceSendsTheBareToken() throws Exception {
        cli.replayExchange("core_webservice_get_site_info");
        CliRun run = callWithTokenFile(("\uFEFF  " + TOKEN + " \r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run.exit()).as(run.err()).isZero();
        String body = URLDecoder.decode(cli.moodle().takeRequest().getBody().utf8(), StandardCharsets.UTF_8);
        assertThat(body).contains("wstoken=" + TOKEN + "&");
    }

    @Test
    void tokenFileWithALineBreakInsideIsRefusedAndNothingIsSent() throws IOException {
        CliRun run = callWithTokenFile((TOKEN + "\n" + TOKEN + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--token-file").contains("inside");
        assertThat(run.err()).doesNotContain(TOKEN);
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void tokenFileWithANulIsRefusedAndNothingIsSent() throws IOException {
        CliRun run = callWithTokenFile((TOKEN.substring(0, 8) + "\0" + TOKEN.substring(8)).getBytes(StandardCharsets.UTF_8));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("control character");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void tokenFileLargerThanFourKibibytesIsRefused() throws IOException {
        CliRun run = callWithTokenFile(new byte[ConnectionSettings.MAX_TOKEN_FILE_BYTES + 1]);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("larger than 4 KiB");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void portOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run(Map.of("MOODLE_TOKEN", TOKEN), "call", "site.info", "--url", "http://127.0.0.1:99999");
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("--url").contains("port 99999");
    }
}
