package io.moodleconnector.host.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.cli.CliFixture;
import io.moodleconnector.host.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A write batch whose second request is answered by a reset after its body was read: {@code connector call} exits 4
 * with every item accounted for (the first request's done, the second's unknown), outcome unknown, not retriable, and
 * no stack trace.
 */
class UnknownOutcomeThroughCliTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final CliFixture cli = CliFixture.onMockSite().token("0123456789abcdef0123456789abcdef")
            .siteUrlInEnvironment();

    @Test
    void aResetAfterTheBodyWasReadExitsFourWithUnknownItems(@TempDir Path work) throws IOException {
        AtomicInteger creates = new AtomicInteger();
        cli.moodle().setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String body = request.getBody().utf8();
                if (body.contains("wsfunction=core_webservice_get_site_info")) {
                    return json("{\"sitename\":\"Lab\",\"username\":\"cyclr_ws\",\"userid\":3,"
                            + "\"siteurl\":\"http://127.0.0.1\",\"functions\":[],"
                            + "\"release\":\"4.5.5+ (Build: 20250613)\"}");
                }
                if (creates.incrementAndGet() == 2) {
                    return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                            .build();
                }
                StringBuilder out = new StringBuilder("[");
                int users = body.split("%5Busername%5D=|\\[username]=", -1).length - 1;
                for (int i = 0; i < users; i++) {
                    out.append(i == 0 ? "" : ",").append("{\"id\":").append(100 + i).append(",\"username\":\"x\"}");
                }
                return json(out.append(']').toString());
            }
        });
        Path input = work.resolve("users.json");
        Files.writeString(input, JSON.writeValueAsString(BulkUsers.batch(1500, Set.of())));
        CliRun run = cli.run("call", "users.create-batch", "--input", "@" + input);

        assertThat(run.exit()).as(run.err()).isEqualTo(4);
        assertThat(run.err() + run.out()).doesNotContain("\tat ");
        JsonNode details = JSON.readTree(run.err()).get("details");
        assertThat(details.get("outcome").asString()).isEqualTo("unknown");
        assertThat(details.get("retriable").asBoolean()).isFalse();
        JsonNode items = details.get("items");
        assertThat(items.size()).isEqualTo(1500);
        assertThat(items.get(0).get("status").asString()).isEqualTo("done");
        assertThat(items.get(998).get("status").asString()).isEqualTo("done");
        assertThat(items.get(999).get("status").asString()).isEqualTo("unknown");
        assertThat(items.get(1499).get("status").asString()).isEqualTo("unknown");
    }

    private static MockResponse json(String body) {
        return new MockResponse.Builder().addHeader("Content-Type", "application/json").body(body).build();
    }
}
