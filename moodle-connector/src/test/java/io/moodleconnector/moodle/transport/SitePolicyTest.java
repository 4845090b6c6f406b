package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.TransportException;
import org.junit.jupiter.api.Test;

class SitePolicyTest {
    private static final Secret TOKEN = Secret.of("t");

    @Test
    void loopbackHostsAreRecognisedWithoutDns() {
        assertThat(SitePolicy.isLoopback("localhost")).isTrue();
        assertThat(SitePolicy.isLoopback("127.0.0.1")).isTrue();
        assertThat(SitePolicy.isLoopback("127.10.20.30")).isTrue();
        assertThat(SitePolicy.isLoopback("[::1]")).isTrue();
        assertThat(SitePolicy.isLoopback("127.0.0.1.example.com")).isFalse();
        assertThat(SitePolicy.isLoopback("128.0.0.1")).isFalse();
        assertThat(SitePolicy.isLoopback("lms.example.edu")).isFalse();
    }

    @Test
    void endpointIsTheRestServerUnderTheSitePath() {
        assertThat(SitePolicy.endpoint(Connection.of("https://example.edu/moodle/", TOKEN)).toString())
                .isEqualTo("https://example.edu/moodle/webservice/rest/server.php");
    }

    @Test
    void plainHttpToARemoteHostNeedsTheOption() {
        assertThatThrownBy(() -> SitePolicy.endpoint(Connection.of("http://lms.example.edu", TOKEN)))
                .isInstanceOf(TransportException.class);
        Connection allowed = Connection.of("http://lms.example.edu", TOKEN,
                ConnectionOptions.builder().allowPlainHttp(true).build());
        assertThat(SitePolicy.endpoint(allowed).isHttps()).isFalse();
    }

    @Test
    void excerptStripsTheTokenAndTokenFields() {
        String text = Redactor.excerpt("a SECRET b wstoken=abc&x=1".getBytes(), Secret.of("SECRET"));
        assertThat(text).isEqualTo("a [hidden] b wstoken=[hidden]&x=1");
    }
}
