package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.TransportException;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * Where a connection's requests go, and whether they may go there: HTTPS is required unless the host is loopback
 * ({@code 127.0.0.0/8}, {@code ::1}, {@code localhost}) or the connection allows plain HTTP. Decided from the URL
 * alone, without DNS. Stateless.
 */
public final class SitePolicy {
    /** Moodle's REST endpoint, relative to the site URL. */
    public static final String ENDPOINT = "/webservice/rest/server.php";

    private SitePolicy() {
    }

    /**
     * The endpoint URL of a connection's site.
     *
     * @throws TransportException (not retriable) when plain HTTP is not allowed for this host
     */
    public static HttpUrl endpoint(Connection connection) {
        HttpUrl url = HttpUrl.parse(connection.siteUrl().toString() + ENDPOINT);
        if (url == null) {
            throw new TransportException("the site URL " + connection.siteUrl() + " is not a valid http(s) URL",
                    false, 0, null);
        }
        if (!url.isHttps() && !isLoopback(url.host()) && !connection.options().allowPlainHttp()) {
            throw new TransportException("refusing plain http:// to " + url.host() + ": the token would cross the"
                    + " network in clear text. Use https://, or set the connection option allowPlainHttp if the"
                    + " network is trusted", false, 0, null);
        }
        return url;
    }

    /** Why a connection's site may not be called (plain HTTP not allowed), or null when it may. Never throws. */
    public static String refusal(Connection connection) {
        try {
            endpoint(connection);
            return null;
        } catch (TransportException e) {
            return e.getMessage();
        }
    }

    /** Whether a host name or literal address is loopback. */
    public static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
            return true;
        }
        String[] octets = h.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(Character::isDigit) || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }
}
