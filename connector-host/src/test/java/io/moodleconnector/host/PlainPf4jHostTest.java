package io.moodleconnector.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.SpiVersion;
import io.moodleconnector.spi.Violation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * The plugin in a platform's own host: a plain {@link DefaultPluginManager}, not {@link ConnectorHost}, so PF4J's
 * default extension factory makes a new connector on every {@code getExtensions} call. The site's budget must hold
 * anyway: the server records when each request arrives, and the requests per second it saw stay within the limit.
 */
class PlainPf4jHostTest {
    private static final String TOKEN = "5ca1ab1e5ca1ab1e5ca1ab1e5ca1ab1e";
    private static final int RATE = 10;
    private static final int CALLS = 40;

    @TempDir
    Path plugins;

    private PluginManager pf4j;
    private MockWebServer moodle;
    private final ConcurrentLinkedQueue<Long> arrivals = new ConcurrentLinkedQueue<>();

    @BeforeEach
    void start() throws IOException {
        String siteInfo = MoodleSamples.exchange("core_webservice_get_site_info").get("response").get("body").asString();
        moodle = new MockWebServer();
        moodle.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                arrivals.add(System.nanoTime());
                return new MockResponse.Builder().setHeader("Content-Type", "application/json").body(siteInfo).build();
            }
        });
        moodle.start();
        pf4j = new DefaultPluginManager(PackagedPlugin.copyInto(plugins));
        pf4j.setSystemVersion(SpiVersion.VERSION);
        pf4j.loadPlugins();
        pf4j.startPlugins();
    }

    @AfterEach
    void stop() {
        // PF4J 3.15.0's stopPlugins() fails with a ConcurrentModificationException: stop them one by one instead.
        List<String> started = new ArrayList<>(pf4j.getStartedPlugins().stream().map(PluginWrapper::getPluginId).toList());
        Collections.reverse(started);
        started.forEach(pf4j::stopPlugin);
        pf4j.unloadPlugins();
        moodle.close();
    }

    private Connection connection(Duration callTimeout) {
        return Connection.of(moodle.url("/").toString(), Secret.of(TOKEN), ConnectionOptions.builder()
                .requestsPerSecond(RATE).callTimeout(callTimeout).build());
    }

    /** Runs {@code CALLS} calls of site.info from 8 threads; call i gets its connector from {@code connectorFor}. */
    private void callConcurrently(IntFunction<Connector> connectorFor, IntFunction<Connection> connectionFor) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                int call = i;
                calls.add(threads.submit(() -> connectorFor.apply(call).invoke("site.info", Map.of(), connectionFor.apply(call))));
            }
            for (Future<?> f : calls) {
                f.get();
            }
        } finally {
            threads.shutdown();
        }
    }

    /**
     * The requests the server saw fit the budget: RATE permits per 1 s period, so CALLS requests need CALLS / RATE
     * periods and span more than (CALLS / RATE - 2) s at the server (one period of slack: the first period starts when
     * the first permit is taken, up to a first request's latency before it arrives). Separate budgets per instance
     * or per connection would let all of them through in well under a second.
     */
    private void assertArrivalsWithinTheBudget() {
        List<Long> times = new ArrayList<>(arrivals);
        Collections.sort(times);
        assertThat(times).hasSize(CALLS);
        double spanSeconds = (times.get(times.size() - 1) - times.get(0)) / 1e9;
        // The rate limiter hands out RATE permits per 1 s period, so N requests use span + 1 s of periods.
        System.out.printf("MEASURE %d requests over %.2f s at the server: %.1f requests/s over the periods used"
                + " (budget %d/s)%n", CALLS, spanSeconds, CALLS / (spanSeconds + 1), RATE);
        assertThat(spanSeconds).as("seconds between the first and last request at the server")
                .isGreaterThan(CALLS / RATE - 2);
    }

    @Test
    void aNewConnectorFromEveryGetExtensionsStillSharesTheSitesBudget() throws Exception {
        Set<Connector> instances = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        callConcurrently(i -> {
            Connector c = pf4j.getExtensions(Connector.class).get(0);
            instances.add(c);
            return c;
        }, i -> connection(Duration.ofSeconds(30)));
        assertThat(instances).as("connector instances PF4J made").hasSizeGreaterThan(1);
        assertArrivalsWithinTheBudget();
    }

    @Test
    void connectionsThatDifferOnlyInCallTimeoutShareTheSitesBudget() throws Exception {
        Connector connector = pf4j.getExtensions(Connector.class).get(0);
        callConcurrently(i -> connector, i -> connection(Duration.ofSeconds(30 + i)));
        assertArrivalsWithinTheBudget();
    }

    @Test
    void validateThroughPf4jListsEveryProblemOfABadConfigAndSendsNothing() {
        Connector connector = pf4j.getExtensions(Connector.class).get(0);
        List<Violation> problems = connector.validate(Map.of("url", "ftp://lms.example.edu", "maxInFlight", 0,
                "requestsPerSecond", "fast"));
        assertThat(problems).extracting(Violation::pointer)
                .containsExactlyInAnyOrder("/url", "/token", "/maxInFlight", "/requestsPerSecond");
        assertThat(arrivals).isEmpty();
    }

    @Test
    void theConnectionSpecMarksTheTokenSecret() {
        Map<String, Object> spec = pf4j.getExtensions(Connector.class).get(0).descriptor().connectionSpec();
        Map<?, ?> token = (Map<?, ?>) ((Map<?, ?>) spec.get("properties")).get("token");
        assertThat(token.get("writeOnly")).isEqualTo(true);
        assertThat(token.get("secret")).isEqualTo(true);
    }
}
