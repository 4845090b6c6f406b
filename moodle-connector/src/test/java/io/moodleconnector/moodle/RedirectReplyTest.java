package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.moodleconnector.spi.TransportException;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A 3xx reply says where it redirects (token hidden) and which site URL to use (issue 10, item 8: it said only "the
 * site refused the request").
 */
class RedirectReplyTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void aRedirectToTheEndpointElsewhereNamesItAndSuggestsTheSiteUrlWithoutTheToken() {
        server.enqueue(redirect(301, "https://lms.example.edu/moodle/webservice/rest/server.php?wstoken="
                + Fixtures.FAKE_TOKEN + "&x=1"));

        TransportException e = siteInfoFails();

        assertThat(e.getMessage()).contains("HTTP 301")
                .contains("redirects the request to https://lms.example.edu/moodle/webservice/rest/server.php?...")
                .contains("use https://lms.example.edu/moodle as the site URL")
                .doesNotContain(Fixtures.FAKE_TOKEN.substring(0, 8)).doesNotContain("refused");
        assertThat(e.httpStatus()).isEqualTo(301);
        assertThat(e.retriable()).isFalse();
    }

    @Test
    void aRelativeRedirectIsResolvedAgainstTheRequestUrl() {
        server.enqueue(redirect(307, "/lms/webservice/rest/server.php"));

        TransportException e = siteInfoFails();

        assertThat(e.getMessage()).contains("use " + server.url("/lms") + " as the site URL");
    }

    @Test
    void aRedirectToALoginPageSaysItIsNotTheWebServiceAndHidesUserInfo() {
        server.enqueue(redirect(302, "https://admin:s3cret@sso.example.edu/login/index.php"));

        TransportException e = siteInfoFails();

        assertThat(e.getMessage()).contains("redirects the request to https://sso.example.edu/login/index.php")
                .contains("does not lead to Moodle's web service").doesNotContain("s3cret");
    }

    @Test
    void aRedirectWithoutLocationSaysSo() {
        server.enqueue(new MockResponse.Builder().code(302).build());

        assertThat(siteInfoFails().getMessage()).contains("redirect without a valid Location");
    }

    private TransportException siteInfoFails() {
        try (MoodleConnector c = new MoodleConnector()) {
            return catchThrowableOfType(TransportException.class,
                    () -> c.invoke("site.info", Map.of(), Fixtures.connection(server)));
        }
    }

    private static MockResponse redirect(int status, String location) {
        return new MockResponse.Builder().code(status).addHeader("Location", location).body("moved").build();
    }
}
