package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The real {@code connector} command, run in-process on the packaged plugin. */
class ConnectorCliTest {
    private static final String TOKEN = "feedfacefeedfacefeedfacefeedface";

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token(TOKEN);

    @Test
    void methodsListsSiteInfoWithItsFunction() {
        CliRun run = cli.run("methods");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("ID").contains("site.info").contains("core_webservice_get_site_info");
    }

    @Test
    void methodsJsonGivesIdNameCategoryAndFunction() {
        CliRun run = cli.run("methods", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode first = run.json().get(0);
        assertThat(first.has("id") && first.has("name") && first.has("category") && first.has("function")).isTrue();
    }

    @Test
    void describeJsonShowsTheInputSchema() {
        CliRun run = cli.run("describe", "site.info", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("function").asString()).isEqualTo("core_webservice_get_site_info");
        assertThat(run.json().get("inputSchema").get("type").asString()).isEqualTo("object");
    }

    @Test
    void describeShowsALookupWithTheInputItsMethodIsGiven() {
        CliRun run = cli.run("describe", "groups.list-for-user");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("/groupingid <- groupings.list-by-course (value /id, label /name,"
                + " /courseid from /courseid)");
    }

    @Test
    void describeJsonShowsALookupsParameters() {
        CliRun run = cli.run("describe", "groups.list-for-user", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode grouping = run.json().get("lookups").get(2);
        assertThat(grouping.get("method").asString()).isEqualTo("groupings.list-by-course");
        assertThat(grouping.get("parameters").get("/courseid").asString()).isEqualTo("/courseid");
    }

    @Test
    void callPrintsTheNormalisedResult() {
        cli.replayExchange("core_webservice_get_site_info");
        CliRun run = cli.run("call", "site.info", "--url", cli.url(), "--input", "{}");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.json().get("data").get("sitename").asString()).isEqualTo("Moodle Lab");
        assertThat(run.json().has("warnings")).isTrue();
        assertThat(run.json().has("items")).isTrue();
    }

    @Test
    void callReadsTheInputFromStdin() {
        cli.replayExchange("core_webservice_get_site_info");
        CliRun run = cli.runWithStdin("{}", "call", "site.info", "--url", cli.url(), "--input", "-");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void callWithBadJsonExitsTwoWithAJsonError() {
        CliRun run = cli.run("call", "site.info", "--url", "http://127.0.0.1:9", "--input", "{\"a\":");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("invalid_input");
        assertThat(run.error().get("message").asString()).contains("--input is not valid JSON");
        assertThat(run.error().get("details").get("violations").get(0).get("keyword").asString()).isEqualTo("json");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void callWithAnArrayAsInputExitsTwo() {
        CliRun run = cli.run("call", "site.info", "--url", "http://127.0.0.1:9", "--input", "[]");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("must be a JSON object, got an array");
    }

    @Test
    void inputFileThatDoesNotExistIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("input.json");
        CliRun run = cli.run("call", "site.info", "--url", "http://127.0.0.1:9", "--input", "@" + missing);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(missing.toString()).contains("does not exist");
    }

    @Test
    void inputFileWithBadJsonIsNamedInTheError(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("input.json"), "{\"courseid\": 2,}");
        CliRun run = cli.run("call", "site.info", "--url", "http://127.0.0.1:9", "--input", "@" + file);
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(file.toString()).contains("line 1");
    }

    @Test
    void callWithAnUnreachableSiteExitsFive() throws IOException {
        CliRun run = cli.run("call", "site.info", "--url", CliFixture.unreachableUrl());
        assertThat(run.exit()).as(run.err()).isEqualTo(5);
        assertThat(run.error().get("error").asString()).isEqualTo("transport");
    }

    @Test
    void unknownMethodExitsTwo() {
        CliRun run = cli.run("call", "no.such.method", "--url", cli.url());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("unknown_method");
        assertThat(cli.moodle().getRequestCount()).isZero();
    }

    @Test
    void describingAnUnknownMethodExitsTwo() {
        CliRun run = cli.run("describe", "no.such.method");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("unknown_method");
    }

    @Test
    void refusedTokenExitsThree() {
        cli.replayErrorCase("invalid token");
        CliRun run = cli.run("call", "site.info", "--url", cli.url());
        assertThat(run.exit()).as(run.err()).isEqualTo(3);
        assertThat(run.error().get("error").asString()).isEqualTo("authentication");
        assertThat(run.error().get("details").get("errorcode").asString()).isEqualTo("invalidtoken");
    }

    @Test
    void callWithoutAUrlExitsTwoNamingTheOption() {
        CliRun run = cli.run("call", "site.info");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("--url").contains("MOODLE_URL");
    }

    @Test
    void callWithoutATokenExitsTwoNamingTheOptions() {
        CliRun run = CliRun.run(Map.of(ConnectorCli.PLUGINS_ENV, cli.plugins().toString()),
                "call", "site.info", "--url", cli.url());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains("--token").contains("--token-file").contains("MOODLE_TOKEN");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = cli.run("methods", "--bogus");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("error").asString()).isEqualTo("usage");
        assertThat(run.error().get("message").asString()).contains("--bogus");
    }

    @Test
    void missingPluginsFolderExitsTwoNamingIt() {
        Path missing = cli.plugins().resolve("missing");
        CliRun run = cli.run("--plugins", missing.toString(), "methods");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.error().get("message").asString()).contains(missing.toString());
    }
}
