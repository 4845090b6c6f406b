package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.MoodleSamples;
import io.moodleconnector.host.PackagedPlugin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI in a child JVM, where what is tested is the process itself: the locale it runs under, the bytes of its
 * arguments, its heap. Each case is a defect an adversarial run found (issue 10, items 2 and 3).
 */
class ChildJvmCliTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

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

    private ChildCli child(String locale) {
        return new ChildCli(dir, Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString(), "MOODLE_TOKEN", TOKEN,
                "LANG", locale, "LC_ALL", locale));
    }

    private String url() {
        return moodle.url("/").toString();
    }

    private static String formBody(RecordedRequest request) {
        return URLDecoder.decode(request.getBody().utf8(), StandardCharsets.UTF_8);
    }

    @Test
    void nonAsciiArgumentReachesTheSiteIntactUnderTheCLocale() throws Exception {
        moodle.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(MoodleSamples.exchange("core_group_create_groups").get("response").get("body").asString())
                .build());
        ChildCli.Run run = child("C").run("call", "groups.create", "--url", url(),
                "--input", "{\"courseid\":2,\"name\":\"Café ✓\"}");
        assertThat(moodle.getRequestCount()).as(run.both()).isEqualTo(1);
        assertThat(formBody(moodle.takeRequest())).contains("groups[0][name]=Café ✓").doesNotContain("\uFFFD");
    }

    @Test
    void malformedArgumentIsRefusedWithItsByteOffsetAndNothingIsSent() throws Exception {
        ByteArrayOutputStream input = new ByteArrayOutputStream();
        input.writeBytes("{\"courseid\":2,\"name\":\"Caf".getBytes(StandardCharsets.US_ASCII));
        input.write(0xff);
        input.writeBytes("\"}".getBytes(StandardCharsets.US_ASCII));
        List<byte[]> args = List.of(bytes("call"), bytes("groups.create"), bytes("--url"), bytes(url()),
                bytes("--input"), input.toByteArray());
        ChildCli.Run run = child("C.UTF-8").runRaw(args);
        assertThat(run.exit()).as(run.both()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--input").contains("not valid UTF-8")
                .contains("byte 25");
        assertThat(moodle.getRequestCount()).isZero();
    }

    @Test
    void inputFromDevZeroIsRefusedWithinASmallHeap() throws Exception {
        ChildCli.Run run = child("C.UTF-8").heap("256m").run("call", "site.info", "--url", url(),
                "--input", "@/dev/zero");
        assertThat(run.exit()).as(run.both()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("invalid_input");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString())
                .isEqualTo("maxBytes");
        assertThat(moodle.getRequestCount()).isZero();
    }

    @Test
    void tokenFileDevZeroIsRefusedWithinASmallHeap() throws Exception {
        ChildCli.Run run = child("C.UTF-8").heap("256m").run("call", "site.info", "--url", url(),
                "--token-file", "/dev/zero");
        assertThat(run.exit()).as(run.both()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--token-file").contains("4 KiB");
        assertThat(moodle.getRequestCount()).isZero();
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
