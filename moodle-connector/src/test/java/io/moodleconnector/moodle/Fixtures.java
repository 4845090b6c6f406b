package io.moodleconnector.moodle;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Secret;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockWebServer;

/** Shared test fixtures: a recognisable fake token, connections to a MockWebServer, test catalogues. */
public final class Fixtures {
    /** Planted in every test connection; must never show up anywhere but the request body. */
    public static final String FAKE_TOKEN = "f4ke70ken0f7e57c0nnect10n5ecret";

    private Fixtures() {
    }

    /**
     * The smallest core_webservice_get_site_info reply with everything site.info declares as required, plus
     * {@code extra} (JSON members, may be empty) at the end.
     */
    public static String siteInfoReply(String sitename, String extra) {
        return "{\"sitename\":\"" + sitename + "\",\"username\":\"cyclr_ws\",\"userid\":3,"
                + "\"siteurl\":\"http://127.0.0.1\",\"functions\":[]" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    /** Options that fail fast: short timeouts, tiny backoff. */
    public static ConnectionOptions.Builder fastOptions() {
        return ConnectionOptions.builder()
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(2))
                .callTimeout(Duration.ofSeconds(5))
                .retryBackoff(Duration.ofMillis(1))
                .requestsPerSecond(10_000)
                .maxInFlight(8);
    }

    public static Connection connection(MockWebServer server) {
        return connection(server, fastOptions().build());
    }

    public static Connection connection(MockWebServer server, ConnectionOptions options) {
        return Connection.of(server.url("/").toString(), Secret.of(FAKE_TOKEN), options);
    }

    /** The shipped catalogue plus the test catalogue files named (under src/test/resources/catalogue). */
    public static Catalogue catalogue(String... testFiles) {
        List<CatalogueSource> sources = new ArrayList<>(CatalogueSource.shipped());
        for (String f : testFiles) {
            sources.add(CatalogueSource.of(Path.of("src/test/resources/catalogue", f)));
        }
        return new CatalogueLoader().load(sources);
    }
}
