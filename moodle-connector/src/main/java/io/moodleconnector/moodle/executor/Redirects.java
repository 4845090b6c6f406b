package io.moodleconnector.moodle.executor;

import io.moodleconnector.moodle.transport.Redactor;
import io.moodleconnector.spi.Secret;
import okhttp3.HttpUrl;

/**
 * Says where a 3xx reply redirects and which site URL to use instead. The connector never follows a redirect (a
 * redirected POST loses its body, and the token must not follow it to another host), so the caller must fix the
 * URL. The target is shown without its query (which may echo form fields) and with the token hidden. Stateless.
 */
final class Redirects {
    /** Moodle's REST endpoint below the site URL. */
    private static final String ENDPOINT = "/webservice/rest/server.php";

    private Redirects() {
    }

    /** The reason of a 3xx error: where it points and the site URL to use, or that no Location came with it. */
    static String explain(String location, Secret token) {
        HttpUrl target = location == null ? null : HttpUrl.parse(location);
        if (target == null) {
            return "the site answered with a redirect without a valid Location; check the site URL";
        }
        String shown = target.newBuilder().query(null).fragment(null).build() + (target.query() != null ? "?..." : "");
        String path = target.encodedPath();
        String site = path.endsWith(ENDPOINT)
                ? target.newBuilder().encodedPath(path.substring(0, path.length() - ENDPOINT.length()) + "/")
                        .query(null).fragment(null).build().toString()
                : target.newBuilder().encodedPath("/").query(null).fragment(null).build().toString();
        String suggestion = path.endsWith(ENDPOINT) ? "use " + strip(site) + " as the site URL"
                : "it does not lead to Moodle's web service (a login or proxy page?); check the site URL, perhaps "
                        + strip(site);
        return "the site redirects the request to " + Redactor.strip(shown, token) + " (the connector does not follow"
                + " redirects: a redirected POST loses its form); " + Redactor.strip(suggestion, token);
    }

    /** A URL without its trailing slash, as a site URL is usually written. */
    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
