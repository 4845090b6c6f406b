package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Secret;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-site state is keyed by the site (URL and token), never by per-call tuning. */
class SiteRegistryTest {
    private static final String URL = "https://lms.example.edu";
    private final SiteRegistry registry = new SiteRegistry();

    private static Connection connection(String token, ConnectionOptions options) {
        return Connection.of(URL, Secret.of(token), options);
    }

    @Test
    void connectionsThatDifferOnlyInTuningShareOneSiteState() {
        SiteState a = registry.site(connection("t1", ConnectionOptions.builder().callTimeout(Duration.ofSeconds(5)).build()));
        SiteState b = registry.site(connection("t1", ConnectionOptions.builder().callTimeout(Duration.ofSeconds(9))
                .maxInputVars(5000).maxReadAttempts(1).build()));
        assertThat(a).isSameAs(b);
        assertThat(registry.size()).isEqualTo(1);
    }

    @Test
    void anotherTokenIsAnotherSite() {
        assertThat(registry.site(connection("t1", ConnectionOptions.DEFAULTS)))
                .isNotSameAs(registry.site(connection("t2", ConnectionOptions.DEFAULTS)));
    }

    @Test
    void siteStateNeverPrintsTheToken() {
        assertThat(registry.site(connection("s3cr3t-t0ken", ConnectionOptions.DEFAULTS)).toString())
                .contains(URL).doesNotContain("s3cr3t-t0ken");
    }

    @Test
    void siteInfoIsFetchedOnceThenServedFromTheCache() {
        SiteState site = registry.site(connection("t1", ConnectionOptions.DEFAULTS));
        int[] fetches = {0};
        site.siteInfo(() -> {
            fetches[0]++;
            return Map.of("release", "4.5.5+");
        });
        Map<String, Object> again = site.siteInfo(() -> {
            fetches[0]++;
            return Map.of("release", "other");
        });
        assertThat(again).containsEntry("release", "4.5.5+");
        assertThat(fetches[0]).isEqualTo(1);
    }
}
