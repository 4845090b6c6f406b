package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.cli.CliFixture;
import io.moodleconnector.host.cli.CliRun;
import io.moodleconnector.sandbox.MoodleSandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 2,500 users through {@code connector call users.create-batch} against the sandbox (Moodle 4.5: 5,000
 * max_input_vars, every create_users request one transaction), with bad records (a taken username) at different
 * places: exit 4, every item accounted for, only the bad records failed, every other user created, no stack trace.
 */
class BulkWritesAgainstSandboxTest {
    private static final int USERS = 2500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final CliFixture cli = CliFixture.pluginsOnly();
    @TempDir
    Path work;

    static Stream<Arguments> badRecords() {
        return Stream.of(Arguments.of(Set.of(3)), Arguments.of(Set.of(450)), Arguments.of(Set.of(2100)),
                Arguments.of(Set.of(USERS - 1)),
                Arguments.of(Set.of(0, 3, 450, 451, 998, 1200, 2000, 2100, 2101, USERS - 1)));
    }

    @ParameterizedTest(name = "bad records at {0}")
    @MethodSource("badRecords")
    void onlyTheBadRecordsFailAndEveryOtherUserIsCreated(Set<Integer> bad) throws IOException {
        Path input = work.resolve("users.json");
        Files.writeString(input, JSON.writeValueAsString(users(bad)));
        try (MoodleSandbox moodle = MoodleSandbox.builder().port(0).build().start()) {
            int before = moodle.<Integer>inspect(s -> s.users().size());
            CliRun run = cli.runAgainst(moodle, "call", "users.create-batch", "--input", "@" + input);

            assertThat(run.exit()).as(run.both()).isEqualTo(4);
            assertThat(run.both()).doesNotContain("\tat ").doesNotContain("Exception in thread");
            JsonNode error = JSON.readTree(run.err());
            assertThat(error.get("error").asString()).isEqualTo("partial_failure");
            assertThat(error.get("details").get("outcome").asString()).isEqualTo("applied");
            JsonNode items = error.get("details").get("items");
            assertThat(items.size()).isEqualTo(USERS);
            Set<Integer> failed = new HashSet<>();
            for (int i = 0; i < USERS; i++) {
                JsonNode item = items.get(i);
                assertThat(item.get("index").asInt()).isEqualTo(i);
                if (item.get("status").asString().equals("failed")) {
                    failed.add(i);
                    assertThat(item.get("error").get("pointer").asString()).isEqualTo("/users/" + i);
                } else {
                    assertThat(item.get("status").asString()).isEqualTo("done");
                }
            }
            assertThat(failed).isEqualTo(bad);
            int after = moodle.<Integer>inspect(s -> s.users().size());
            assertThat(after).isEqualTo(before + USERS - bad.size());
        }
    }

    private static Map<String, Object> users(Set<Integer> bad) {
        List<Object> users = new ArrayList<>();
        for (int i = 0; i < USERS; i++) {
            users.add(Map.of("username", bad.contains(i) ? "labstudent1" : "bulk" + i, "password", "Bulk#pass" + i,
                    "firstname", "Bulk", "lastname", "User", "email", "bulk" + i + "@example.org"));
        }
        return Map.of("users", users);
    }
}
