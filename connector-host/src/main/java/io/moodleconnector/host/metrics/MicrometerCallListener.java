package io.moodleconnector.host.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.moodleconnector.spi.CallListener;
import java.util.Objects;

/**
 * Records a connector's call events in a Micrometer {@link MeterRegistry}. Set it on a connector
 * ({@code connector.setCallListener(new MicrometerCallListener(registry))}) or pass it per call.
 *
 * <table>
 *   <caption>Meters (the name's prefix is {@code connector.})</caption>
 *   <tr><th>meter</th><th>kind</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code connector.calls}</td><td>timer</td><td>method, outcome</td><td>each call, {@code outcome} =
 *       {@code ok} or the error code</td></tr>
 *   <tr><td>{@code connector.requests}</td><td>timer</td><td>method, function, status</td><td>each HTTP attempt;
 *       status 0 when no reply came</td></tr>
 *   <tr><td>{@code connector.request.bytes}</td><td>summary</td><td>method, function</td><td>request body
 *       sizes</td></tr>
 *   <tr><td>{@code connector.retries}</td><td>counter</td><td>method, function</td><td>retries of reads</td></tr>
 *   <tr><td>{@code connector.budget.waits}</td><td>timer</td><td>method, limit</td><td>waits for the site's
 *       budget ({@code requestsPerSecond} or {@code maxInFlight})</td></tr>
 *   <tr><td>{@code connector.chunks}</td><td>counter</td><td>method, outcome</td><td>requests of batch methods</td></tr>
 * </table>
 *
 * <p>Thread-safe (Micrometer's meters are). Tags carry method ids, function names, statuses and codes: bounded sets,
 * never an input value or the token.
 */
public final class MicrometerCallListener implements CallListener {
    private final MeterRegistry registry;

    public MicrometerCallListener(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void callEnd(CallEnd e) {
        Timer.builder("connector.calls").description("Connector calls, by method and outcome")
                .tag("method", e.methodId()).tag("outcome", e.outcome()).register(registry).record(e.duration());
    }

    @Override
    public void requestEnd(RequestEnd e) {
        Timer.builder("connector.requests").description("HTTP attempts, by Moodle function and status")
                .tag("method", e.methodId()).tag("function", e.function())
                .tag("status", Integer.toString(e.httpStatus())).register(registry).record(e.duration());
        if (e.bytesSent() >= 0) {
            DistributionSummary.builder("connector.request.bytes").baseUnit("bytes")
                    .description("Request body sizes").tag("method", e.methodId()).tag("function", e.function())
                    .register(registry).record(e.bytesSent());
        }
    }

    @Override
    public void retry(Retry e) {
        Counter.builder("connector.retries").description("Retries of read methods")
                .tag("method", e.methodId()).tag("function", e.function()).register(registry).increment();
    }

    @Override
    public void budgetWait(BudgetWait e) {
        Timer.builder("connector.budget.waits").description("Waits for the site's request budget")
                .tag("method", e.methodId()).tag("limit", e.limit()).register(registry).record(e.waited());
    }

    @Override
    public void chunkEnd(ChunkEnd e) {
        Counter.builder("connector.chunks").description("Requests of batch methods, by outcome")
                .tag("method", e.methodId()).tag("outcome", e.outcome()).register(registry).increment();
    }
}
