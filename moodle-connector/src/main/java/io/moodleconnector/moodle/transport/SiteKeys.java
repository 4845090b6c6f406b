package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.Connection;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The budget key of a site: SHA-256 over its URL and token, 128 bits in hex. The same for every process that
 * calls the same site as the same user, so a shared budget store can key by it, and safe to log: the token cannot
 * be recovered from it.
 */
final class SiteKeys {
    private SiteKeys() {
    }

    static String of(Connection connection) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(connection.siteUrl().toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(connection.token().reveal().getBytes(StandardCharsets.UTF_8));
            byte[] digest = sha.digest();
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
