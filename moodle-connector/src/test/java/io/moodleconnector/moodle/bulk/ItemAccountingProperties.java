package io.moodleconnector.moodle.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.Fixtures;
import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.ItemOutcome.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.MockWebServer;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever fails where, and whatever the chunk size: every input index is reported exactly once, in order, and
 * done + failed + not_attempted + unknown = input size; an item is done only if Moodle created it, and a bad record
 * is never reported done.
 */
class ItemAccountingProperties {
    private static MoodleConnector connector;

    @BeforeContainer
    static void open() {
        connector = new MoodleConnector();
    }

    @AfterContainer
    static void close() {
        connector.close();
    }

    @Property(tries = 40)
    void everyItemIsAccountedForExactlyOnce(@ForAll @IntRange(min = 1, max = 300) int n,
                                            @ForAll @IntRange(min = 13, max = 1600) int maxInputVars,
                                            @ForAll @Size(max = 4) Set<@IntRange(min = 0, max = 299) Integer> bad,
                                            @ForAll @IntRange(min = 0, max = 8) int faultAt,
                                            @ForAll ScriptedMoodle.Fault fault) throws IOException {
        Set<String> taken = bad.stream().filter(i -> i < n).map(i -> "u" + i).collect(Collectors.toSet());
        ScriptedMoodle moodle = new ScriptedMoodle(taken, false, faultAt,
                fault == ScriptedMoodle.Fault.NO_CAPABILITY && faultAt == 0 ? null : fault);
        List<ItemOutcome> items = run(moodle, n, maxInputVars);

        assertThat(items).extracting(ItemOutcome::index).isEqualTo(IntStream.range(0, n).boxed().toList());
        long sum = Arrays.stream(Status.values()).mapToLong(s -> items.stream().filter(i -> i.status() == s).count())
                .sum();
        assertThat(sum).isEqualTo(n);
        for (ItemOutcome i : items) {
            String username = "u" + i.index();
            if (i.status() == Status.DONE) {
                assertThat(moodle.created).contains(username);
                assertThat(taken).doesNotContain(username);
            } else if (i.status() != Status.UNKNOWN) {
                assertThat(moodle.created).doesNotContain(username);
            }
        }
    }

    private static List<ItemOutcome> run(ScriptedMoodle moodle, int n, int maxInputVars) throws IOException {
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(moodle);
            server.start();
            Connection c = Fixtures.connection(server, Fixtures.fastOptions().maxInputVars(maxInputVars)
                    .readTimeout(Duration.ofSeconds(2)).build());
            try {
                return connector.invoke("users.create-batch", Users.batch(n), c).items();
            } catch (ConnectorException e) {
                return e.items();
            }
        }
    }
}
