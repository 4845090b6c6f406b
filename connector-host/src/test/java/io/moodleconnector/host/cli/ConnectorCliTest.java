package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.MoodleSamples;
import io.moodleconnector.host.PackagedPlugin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The real {@code connector} command, run in-process on the packaged plugin. */
class ConnectorCliTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    /** One plugins folder for the class: PF4J unpacks the zip once and reuses the folder. */
    @TempDir
    static Path plugins;

    @StartStop
    final MockWebServer moodle = new MockWebServer();

    private Map<String, String> env;

    @BeforeAll
    static void packagedPlugin() {
        PackagedPlugin.copyInto(plugins);
    }

    @BeforeEach
    void environment() {
        env = Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString(), "MOODLE_TOKEN", TOKEN);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private void replay(String body) {
        moodle.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json").body(body).build());
    }

    @Test
    void methodsListsSiteInfoWithItsFunction() {
        CliRun run = CliRun.run(env, "methods");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("ID").contains("site.info").contains("core_webservice_get_site_info");
    }

    @Test
    void methodsJsonGivesIdNameCategoryAndFunction() {
        CliRun run = CliRun.run(env, "methods", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode first = run.json().get(0);
        assertThat(first.has("id") && first.has("name") && first.has("category") && first.has("function")).isTrue();
    }

    @Test
    void describeJsonShowsTheInputSchema() {
        CliRun run = CliRun.run(env, "describe", "site.info", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("function").asString()).isEqualTo("core_webservice_get_site_info");
        assertThat(run.json().get("inputSchema").get("type").asString()).isEqualTo("object");
    }

    @Test
    void describeShowsALookupWithTheInputItsMethodIsGiven() {
        CliRun run = CliRun.run(env, "describe", "groups.list-for-user");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("/groupingid <- groupings.list-by-course (value /id, label /name,"
                + " /courseid from /courseid)");
    }

    @Test
    void describeJsonShowsALookupsParameters() {
        CliRun run = CliRun.run(env, "describe", "groups.list-for-user", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode grouping = run.json().get("lookups").get(2);
        assertThat(grouping.get("method").asString()).isEqualTo("groupings.list-by-course");
        assertThat(grouping.get("parameters").get("/courseid").asString()).isEqualTo("/courseid");
    }

    @Test
    void callPrintsTheNormalisedResult() {
        replay(MoodleSamples.exchange("core_webservice_get_site_info").get("response").get("body").asString());
        CliRun run = CliRun.run(env, "call", "site.info", "--url", moodle.url("/").toString(), "--input", "{}");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("data").get("sitename").asString()).isEqualTo("Moodle Lab");
        assertThat(run.json().has("warnings")).isTrue();
        assertThat(run.json().has("items")).isTrue();
    }

    @Test
    void callReadsTheInputFromStdin() {
        replay(MoodleSamples.exchange("core_webservice_get_site_info").get("response").get("body").asString());
        CliRun run = CliRun.runWithStdin(env, "{}", "call", "site.info", "--url", moodle.url("/").toString(), "--input", "-");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void callWithBadJsonExitsTwoWithAJsonError() {
        CliRun run = CliRun.run(env, "call", "site.info", "--url", "http://127.0.0.1:9", "--input", "{\"a\":");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("invalid_input");
        assertThat(run.error().get("message").asString()).contains("--input is not valid JSON");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString()).isEqualTo("json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void callWithAnArrayAsInputExitsTwo() {
        CliRun run = CliRun.run(env, "call", "site.info", "--url", "http://127.0.0.1:9", "--input", "[]");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("must be a JSON object, got an array");
    }

    @Test
    void inputFileThatDoesNotExistIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("input.json");
        CliRun run = CliRun.run(env, "call", "site.info", "--url", "http://127.0.0.1:9", "--input", "@" + missing);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(missing.toString()).contains("does not exist");
    }

    @Test
    void inputFileWithBadJsonIsNamedInTheError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("input.json"), "{\"courseid\": 2,}");
        CliRun run = CliRun.run(env, "call", "site.info", "--url", "http://127.0.0.1:9", "--input", "@" + file);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(file.toString()).contains("line 1");
    }

    @Test
    void callWithAnUnreachableSiteExitsFive() throws IOException {
        CliRun run = CliRun.run(env, "call", "site.info", "--url", "http://127.0.0.1:" + closedPort());
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(run.error().get("error").asString()).isEqualTo("transport");
    }

    @Test
    void unknownMethodExitsTwo() {
        CliRun run = CliRun.run(env, "call", "no.such.method", "--url", moodle.url("/").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("unknown_method");
        assertThat(moodle.getRequestCount()).isZero();
    }

    @Test
    void describingAnUnknownMethodExitsTwo() {
        CliRun run = CliRun.run(env, "describe", "no.such.method");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("unknown_method");
    }

    @Test
    void refusedTokenExitsThree() {
        replay(MoodleSamples.errorCase("invalid token").get("response").get("body").asString());
        CliRun run = CliRun.run(env, "call", "site.info", "--url", moodle.url("/").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.error().get("error").asString()).isEqualTo("authentication");
        assertThat(run.error().get("details").get("errorcode").asString()).isEqualTo("invalidtoken");
    }

    @Test
    void callWithoutAUrlExitsTwoNamingTheOption() {
        CliRun run = CliRun.run(env, "call", "site.info");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("--url").contains("MOODLE_URL");
    }

    @Test
    void callWithoutATokenExitsTwoNamingTheOptions() {
        CliRun run = CliRun.run(Map.of(ConnectorCli.PLUGINS_ENV, plugins.toString()),
                "call", "site.info", "--url", moodle.url("/").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--token").contains("--token-file").contains("MOODLE_TOKEN");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.run(env, "methods", "--bogus");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("--bogus");
    }

    @Test
    void missingPluginsFolderExitsTwoNamingIt() {
        Path missing = plugins.resolve("missing");
        CliRun run = CliRun.run(env, "--plugins", missing.toString(), "methods");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(missing.toString());
    }
}
