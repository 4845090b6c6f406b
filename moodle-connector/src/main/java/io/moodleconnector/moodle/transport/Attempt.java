package io.moodleconnector.moodle.transport;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import okhttp3.HttpUrl;
import okhttp3.Response;

/**
 * One attempt's outcome: what the reader made of a 2xx reply, or the description of a reply with another status
 * (which may be retried, after the site's {@code Retry-After} if it sent one). Immutable.
 *
 * @param value      the reader's value (may be null); meaningful only when {@code refused} is null
 * @param refused    the non-2xx reply, or null
 * @param retryAfter how long the site asked to wait before another attempt, or null
 * @param <T>        what a reply becomes
 */
record Attempt<T>(T value, RawReply refused, Duration retryAfter) {
    /** Reads an open reply: streams a 2xx body to the reader, drains (bounded) any other to describe it. */
    static <T> Attempt<T> of(Response response, long maxBytes, int attempt, ReplyReader<T> reader)
            throws IOException {
        BoundedBody body = BoundedBody.open(response.body(), maxBytes, response.code(),
                response.header("Content-Type", ""), attempt);
        if (response.isSuccessful()) {
            return new Attempt<>(reader.read(body), null, null);
        }
        return new Attempt<>(null, body.drain().withLocation(location(response)),
                RetryPolicy.retryAfter(response.code(), response.header("Retry-After"), Instant.now()));
    }

    /** The Location header resolved against the request's URL, without user info; null when absent or invalid. */
    private static String location(Response response) {
        String header = response.header("Location");
        HttpUrl url = header == null ? null : response.request().url().resolve(header);
        return url == null ? null : url.newBuilder().username("").password("").build().toString();
    }
}
