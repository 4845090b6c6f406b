package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.Secret;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** TLS is set up for https:// sites, and only for them (it is a costly part of a cold start). */
class SiteClientTlsTest {
    private final OkHttpClient base = new OkHttpClient.Builder().connectionSpecs(
            java.util.List.of(ConnectionSpec.CLEARTEXT)).build();

    private SiteClient siteClient(String url) {
        Connection connection = Connection.of(url, Secret.of("t"));
        return new SiteClient(base, connection, "ua", LocalSiteBudget::new);
    }

    @Test
    void anHttpsSiteSpeaksModernTls() {
        SiteClient site = siteClient("https://moodle.example.com");
        assertThat(site.client().connectionSpecs()).contains(ConnectionSpec.MODERN_TLS);
        assertThat(site.client().sslSocketFactory()).isNotNull();
        assertThat(site.client().x509TrustManager()).isNotNull();
    }

    @Test
    void aPlainHttpSiteHasNoTlsSetUp() {
        SiteClient site = siteClient("http://127.0.0.1:8080");
        assertThat(site.client().connectionSpecs()).containsExactly(ConnectionSpec.CLEARTEXT);
        assertThatThrownBy(() -> site.client().sslSocketFactory()).isInstanceOf(IllegalStateException.class);
    }
}
