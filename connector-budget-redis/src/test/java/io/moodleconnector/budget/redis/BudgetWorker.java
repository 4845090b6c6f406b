package io.moodleconnector.budget.redis;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One worker of a platform, in its own JVM: loads the plugin zip through {@link ConnectorHost}, hands it the Redis
 * budget (or keeps the plugin's in-process one when the Redis URI is {@code none}), then calls {@code courses.list}
 * from several threads. Prints {@code ready} once loaded and {@code done ok=N failed=M} at the end.
 *
 * <p>Arguments: pluginsDir siteUrl token redisUri|none threads callsPerThread rate maxInFlight leaseMillis
 */
public final class BudgetWorker {
    private BudgetWorker() {
    }

    /** A platform retries what the connector calls retriable; the test counts only what still fails. */
    private static boolean callRetryingAsAPlatformWould(Connector moodle, Connection connection) {
        for (int attempt = 1; ; attempt++) {
            try {
                moodle.invoke("courses.list", Map.of(), connection);
                return true;
            } catch (ConnectorException e) {
                System.err.println("attempt " + attempt + ": " + e);
                if (!e.retriable() || attempt == 5) {
                    return false;
                }
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path plugins = Path.of(args[0]);
        String url = args[1];
        String token = args[2];
        String redisUri = args[3];
        int threads = Integer.parseInt(args[4]);
        int calls = Integer.parseInt(args[5]);
        ConnectionOptions options = ConnectionOptions.builder().requestsPerSecond(Double.parseDouble(args[6]))
                .maxInFlight(Integer.parseInt(args[7])).callTimeout(Duration.ofSeconds(60)).build();
        Connection connection = Connection.of(url, Secret.of(token), options);
        RedisSiteBudget budget = redisUri.equals("none") ? null : RedisSiteBudget.connect(
                RedisBudgetSettings.builder(redisUri).leaseTime(Duration.ofMillis(Long.parseLong(args[8])))
                        // A loaded test machine is slow, not down: this test is about the budget, not outages.
                        .redisTimeout(Duration.ofSeconds(10)).build());
        try (ConnectorHost host = ConnectorHost.open(plugins)) {
            Connector moodle = host.connector("moodle");
            if (budget != null) {
                moodle.useSiteBudget(budget);
            }
            System.out.println("ready");
            System.out.flush();
            AtomicInteger ok = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            for (int t = 0; t < threads; t++) {
                pool.submit(() -> {
                    for (int i = 0; i < calls; i++) {
                        if (callRetryingAsAPlatformWould(moodle, connection)) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(5, TimeUnit.MINUTES);
            System.out.println("done ok=" + ok + " failed=" + failed);
        } finally {
            if (budget != null) {
                budget.close();
            }
        }
    }
}
