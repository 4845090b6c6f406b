package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in a child JVM, where what is tested is the process itself: the locale it runs under, the bytes of its
 * arguments, its heap. Each case is a defect an adversarial run found (issue 10, items 2 and 3).
 */
class ChildJvmCliTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token(TOKEN);

    @TempDir
    Path dir;

    private ChildCli child(String locale) {
        return new ChildCli(dir, cli.env("LANG", locale, "LC_ALL", locale));
    }

    private static String formBody(RecordedRequest request) {
        return URLDecoder.decode(request.getBody().utf8(), StandardCharsets.UTF_8);
    }

    @Test
    void nonAsciiArgumentReachesTheSiteIntactUnderTheCLocale() throws Exception {
        cli.replayExchange("core_group_create_groups");
        ChildCli.Run run = child("C").run("call", "groups.create", "--url", cli.url(),
                "--input", "{\"courseid\":2,\"name\":\"Café ✓\"}");
        assertThat(cli.moodle().getRequestCount()).as(run.both()).isEqualTo(1);
        assertThat(formBody(cli.moodle().takeRequest())).contains("groups[0][name]=Café ✓").doesNotContain("\uFFFD");
    }

    @Test
    void malformedArgumentIsRefusedWithItsByteOffsetAndNothingIsSent() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"courseid\":2,\"name\":\"Caf".getBytes(StandardCharsets.US_ASCII));
        input.write(0xff);
        input.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        List<byte[]> args = List.of(bytes("call"), bytes("groups.create"), bytes("--url"), bytes(cli.url()),
                bytes("--input"), input.toByteArray());
        ChildCli.Run run = child("C.UTF-8").runRaw(args);
        assertThat(run.exit()).as(run.both()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--input").contains("not valid UTF-8")
                .contains("byte 25");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void inputFromDevZeroIsRefusedWithinASmallHeap() throws Exception {
        ChildCli.Run run = child("C.UTF-8").heap("256m").run("call", "site.info", "--url", cli.url(),
                "--input", "@/dev/zero");
        assertThat(run.exit()).as(run.both()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("invalid_input");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString())
                .isEqualTo("maxBytes");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void tokenFileDevZeroIsRefusedWithinASmallHeap() throws Exception {
        ChildCli.Run run = child("C.UTF-8").heap("256m").run("call", "site.info", "--url", cli.url(),
                "--token-file", "/dev/zero");
        assertThat(run.exit()).as(run.both()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--token-file").contains("4 KiB");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void lintingDevZeroReportsAProblemWithinASmallHeap() throws Exception {
        ChildCli.Run run = child("C.UTF-8").heap("256m").run("catalogue", "lint", "/dev/zero");
        assertThat(run.exit()).as(run.both()).isEqualTo(CatalogueLintCommand.PROBLEMS_FOUND);
        assertThat(run.out()).contains("/dev/zero").contains("larger than");
        assertThat(run.err()).doesNotContain("OutOfMemoryError");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
