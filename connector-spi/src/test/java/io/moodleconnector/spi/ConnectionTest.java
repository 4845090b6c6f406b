package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConnectionTest {
    private static final Secret TOKEN = Secret.of("0ddba11c0ffee5ecret0ddba11c0ffee5");

    @Test
    void trailingSlashesAreDropped() {
        assertThat(Connection.of("https://lms.example.edu/moodle//", TOKEN).siteUrl())
                .hasToString("https://lms.example.edu/moodle");
    }

    @Test
    void toStringShowsTheSiteButNotTheToken() {
        String text = Connection.of("https://lms.example.edu", TOKEN).toString();
        assertThat(text).contains("https://lms.example.edu").contains("[hidden]").doesNotContain(TOKEN.reveal());
    }

    @Test
    void aUrlWithAQueryIsRefusedBecauseATokenMustNeverTravelInOne() {
        assertThatThrownBy(() -> Connection.of("https://lms.example.edu/?wstoken=" + TOKEN.reveal(), TOKEN))
                .isInstanceOf(InvalidConnectionException.class)
                .hasMessageContaining("query")
                .hasMessageNotContaining(TOKEN.reveal());
    }

    @Test
    void aSchemeOtherThanHttpIsRefused() {
        assertThatThrownBy(() -> Connection.of("ftp://lms.example.edu", TOKEN))
                .isInstanceOf(InvalidConnectionException.class)
                .hasMessageContaining("https://");
    }

    @Test
    void userInfoInTheUrlIsRefused() {
        assertThatThrownBy(() -> Connection.of("https://admin:pw@lms.example.edu", TOKEN))
                .isInstanceOf(InvalidConnectionException.class)
                .hasMessageContaining("user info")
                .hasMessageNotContaining("pw@");
    }

    @Test
    void connectionsAreEqualWhenSiteTokenAndOptionsAre() {
        assertThat(Connection.of("https://a.example", TOKEN)).isEqualTo(Connection.of("https://a.example/", TOKEN));
        assertThat(Connection.of("https://a.example", TOKEN))
                .isNotEqualTo(Connection.of("https://a.example", Secret.of("another")));
        assertThat(Connection.of("https://a.example", TOKEN)).isNotEqualTo(Connection.of("https://a.example", TOKEN,
                ConnectionOptions.builder().maxInputVars(5000).build()));
    }
}
