package io.moodleconnector.moodle.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every bad input generated from the shipped catalogue's input schemas ({@link BadInputCorpus}) is refused with an
 * {@link InvalidInputException} naming the mutated field's pointer, and nothing reaches the server. The planted
 * token must appear in none of the resulting exceptions or output.
 */
class BadInputCorpusTest {
    @RegisterExtension
    static final SecretScan SCAN = new SecretScan(Reliability.PLANTED_TOKEN);
    private static final Catalogue CATALOGUE = new CatalogueLoader().loadShipped();
    private static MockWebServer server;
    private static MoodleConnector connector;
    private static Connection connection;

    @BeforeAll
    static void start() throws IOException {
        server = new MockWebServer();
        // Answers at once, so that an input wrongly let through fails its own case quickly and visibly.
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                        .body("{\"exception\":\"x\",\"errorcode\":\"reachedserver\",\"message\":\"sent\"}")
                        .build();
            }
        });
        server.start();
        connector = new MoodleConnector(CATALOGUE);
        connection = Reliability.connection(server.url("/").toString(), Reliability.PLANTED_TOKEN,
                Reliability.fastOptions().build());
    }

    @AfterAll
    static void stop() {
        assertThat(server.getRequestCount()).as("requests the whole corpus let through").isZero();
        connector.close();
        server.close();
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithThePointerOfTheBadFieldAndNothingIsSent() {
        List<BadInput> corpus = BadInputCorpus.generate(CATALOGUE);
        assertThat(corpus).as("generated bad inputs").hasSizeGreaterThanOrEqualTo(200);
        assertThat(corpus.stream().map(BadInput::methodId).distinct()).as("methods covered")
                .hasSize(CATALOGUE.methods().size());
        return corpus.stream().map(c -> dynamicTest(c.displayName(), () -> refused(c)));
    }

    private static void refused(BadInput c) {
        int before = server.getRequestCount();
        Throwable thrown = SCAN.record(catchThrowable(() -> connector.invoke(c.methodId(), c.input().get(), connection)));
        assertThat(server.getRequestCount() - before).as(c.displayName() + ": requests the server received")
                .isZero();
        assertThat(thrown).as(c.displayName() + ": what invoke threw").isInstanceOf(InvalidInputException.class);
        List<Violation> violations = ((InvalidInputException) thrown).violations();
        assertThat(violations).extracting(Violation::pointer).as(c.displayName() + ": violation pointers")
                .contains(c.pointer());
    }
}
