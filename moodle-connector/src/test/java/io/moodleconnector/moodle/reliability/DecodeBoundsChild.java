package io.moodleconnector.moodle.reliability;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionOptions;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Secret;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Run in a child JVM with a small heap by {@link DecodeBoundsTest}: one {@code users.search} call against a site
 * URL with a given maxResponseBytes; prints one line {@code RESULT <outcome> <detail>} and exits 0, or prints
 * {@code RESULT OutOfMemoryError} and exits 3.
 */
public final class DecodeBoundsChild {
    private DecodeBoundsChild() {
    }

    public static void main(String[] args) {
        String url = args[0];
        long maxBytes = Long.parseLong(args[1]);
        ConnectionOptions options = ConnectionOptions.builder().maxResponseBytes(maxBytes)
                .readTimeout(Duration.ofSeconds(60)).callTimeout(Duration.ofSeconds(120)).maxReadAttempts(1).build();
        Connection connection = Connection.of(url, Secret.of(Reliability.PLANTED_TOKEN), options);
        try (MoodleConnector connector = new MoodleConnector()) {
            MethodResult r = connector.invoke("users.search",
                    Map.of("criteria", List.of(Map.of("key", "email", "value", "%"))), connection);
            System.out.println("RESULT ok " + ((List<?>) r.data()).size());
        } catch (ConnectorException e) {
            System.out.println("RESULT " + e.getClass().getSimpleName() + " " + e.getMessage());
        } catch (OutOfMemoryError e) {
            System.out.println("RESULT OutOfMemoryError");
            System.exit(3);
        }
        System.exit(0);
    }
}
