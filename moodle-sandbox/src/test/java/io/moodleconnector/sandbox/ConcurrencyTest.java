package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class ConcurrencyTest {
    @Test
    void requestsAreCountedAndThePeakInFlightIsAtLeastOne() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder().threads(4).build().start()) {
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<CompletableFuture<String>> calls = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    calls.add(CompletableFuture.supplyAsync(() -> Exchanges.post(sandbox, "wstoken=" + sandbox.token()
                            + "&wsfunction=core_group_get_course_groups&moodlewsrestformat=json&courseid=2"), pool));
                }
                calls.forEach(c -> assertThat(c.join()).contains("Seed Group A"));
            } finally {
                pool.shutdownNow();
            }
            assertThat(sandbox.requestCount()).isEqualTo(20);
            assertThat(sandbox.maxConcurrentRequests()).isBetween(1, 4);
        }
    }
}
