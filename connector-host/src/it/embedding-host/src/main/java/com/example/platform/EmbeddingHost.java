package com.example.platform;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Cancellation;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Connector;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.SpiVersion;
import io.moodleconnector.spi.Violation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginWrapper;

/**
 * A platform's host: loads the plugins folder with plain PF4J, renders the Moodle connector's connection spec,
 * validates a connection config and, given a site, calls a method: once, many times from many threads, or once and
 * cancels it from another thread. Every call reports its events to an {@link EventCounts} listener.
 *
 * <p>Usage: {@code EmbeddingHost PLUGINS_DIR CONFIG_JSON [METHOD [THREADS CALLS | cancel AFTER_MS]]}.
 */
public final class EmbeddingHost {
    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        PluginManager pf4j = new DefaultPluginManager(Path.of(args[0]));
        pf4j.setSystemVersion(SpiVersion.VERSION);   // plugins built for another contract are refused at load
        pf4j.loadPlugins();
        pf4j.startPlugins();
        try {
            Connector moodle = moodle(pf4j);
            // The connection spec is a JSON Schema 2020-12 of plain JDK values: render it as a form.
            System.out.println("SPEC " + json.writeValueAsString(moodle.descriptor().connectionSpec()));

            Map<String, Object> config = json.readValue(args[1], new TypeReference<Map<String, Object>>() { });
            List<Violation> problems = moodle.validate(config);   // offline: no request
            for (Violation v : problems) {
                System.out.println("PROBLEM " + v.pointer() + " " + v.message());
            }
            if (!problems.isEmpty() || args.length < 3) {
                return;
            }
            Connection site = Connection.from(config);
            EventCounts events = new EventCounts();
            CallOptions options = CallOptions.builder().listener(events).build();
            if (args.length == 3) {
                MethodResult result = moodle.invoke(args[2], Map.of(), site, options);
                System.out.println("RESULT " + json.writeValueAsString(result.data()));
            } else if (args[3].equals("cancel")) {
                callAndCancel(moodle, args[2], site, options, Long.parseLong(args[4]));
            } else {
                callFromThreads(pf4j, args[2], site, options, Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            }
            System.out.println("EVENTS " + events);
        } finally {
            // PF4J 3.15.0's stopPlugins() throws ConcurrentModificationException: stop them one by one. Stopping
            // the plugin releases its HTTP clients, threads and per-site budgets.
            List<PluginWrapper> started = new ArrayList<>(pf4j.getStartedPlugins());
            Collections.reverse(started);
            started.forEach(p -> pf4j.stopPlugin(p.getPluginId()));
            pf4j.unloadPlugins();
        }
    }

    /** Asks PF4J for the Moodle connector: plain PF4J makes a new instance on every call. */
    private static Connector moodle(PluginManager pf4j) {
        return pf4j.getExtensions(Connector.class).stream()
                .filter(c -> c.descriptor().id().equals("moodle")).findFirst().orElseThrow();
    }

    /**
     * Many workers, one site: every call asks PF4J for the connector again and closes it after. They still share
     * the site's one budget (requests per second, requests in flight), which belongs to the plugin load.
     */
    private static void callFromThreads(PluginManager pf4j, String method, Connection site, CallOptions options,
                                        int threads, int calls) throws InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        Set<Connector> instances = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        long start = System.nanoTime();
        List<Future<MethodResult>> results = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            results.add(workers.submit(() -> {
                try (Connector moodle = moodle(pf4j)) {
                    instances.add(moodle);
                    return moodle.invoke(method, Map.of(), site, options);
                }
            }));
        }
        Map<String, Integer> failures = new TreeMap<>();
        for (Future<MethodResult> result : results) {
            try {
                result.get();
            } catch (ExecutionException e) {
                String code = e.getCause() instanceof ConnectorException c ? c.code() : e.getCause().toString();
                failures.merge(code, 1, Integer::sum);
            }
        }
        workers.shutdown();
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("CALLS %d from %d threads on %d connector instances: %d ok, %d failed %s in %d ms%n",
                calls, threads, instances.size(), calls - failed, failed, failures, millis(System.nanoTime() - start));
    }

    /**
     * A call the site never answers, cancelled from another thread through its {@link Cancellation} handle after
     * {@code afterMillis}: it ends at once with code {@code cancelled}, not at the connection's read timeout.
     */
    private static void callAndCancel(Connector moodle, String method, Connection site, CallOptions options,
                                      long afterMillis) {
        Cancellation cancellation = new Cancellation();
        AtomicLong cancelledAt = new AtomicLong();
        ScheduledExecutorService canceller = Executors.newSingleThreadScheduledExecutor();
        canceller.schedule(() -> {
            cancelledAt.set(System.nanoTime());
            cancellation.cancel();
        }, afterMillis, TimeUnit.MILLISECONDS);
        long start = System.nanoTime();
        try {
            moodle.invoke(method, Map.of(), site, options.toBuilder().cancellation(cancellation).build());
            System.out.println("NOT CANCELLED");
        } catch (ConnectorException e) {
            long end = System.nanoTime();
            System.out.printf(Locale.ROOT, "CANCELLED code=%s outcome=%s in %.1f ms after cancel() (call ran %d ms)%n",
                    e.code(), e.outcome(), (end - cancelledAt.get()) / 1e6, millis(end - start));
        } finally {
            canceller.shutdownNow();
        }
    }

    private static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
