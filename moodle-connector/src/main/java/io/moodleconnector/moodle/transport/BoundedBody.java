package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Reads a reply body up to a size limit and no further, so that a huge or endless reply fails the call instead of
 * filling the heap. Stateless.
 */
final class BoundedBody {
    private static final long SEGMENT = 8192;

    private BoundedBody() {
    }

    /**
     * The body's bytes.
     *
     * @throws TransportException (not retriable) when the body is larger than {@code limit}
     * @throws IOException        when reading fails
     */
    static byte[] read(ResponseBody body, long limit, int status) throws IOException {
        long declared = body.contentLength();
        if (declared > limit) {
            throw tooLarge(limit, status, "declares " + declared + " bytes");
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (buffer.size() <= limit) {
            if (source.read(buffer, SEGMENT) == -1) {
                return buffer.readByteArray();
            }
        }
        throw tooLarge(limit, status, "exceeded it");
    }

    private static TransportException tooLarge(long limit, int status, String how) {
        return new TransportException("Moodle's reply is larger than the connection's maxResponseBytes of " + limit
                + " bytes (the reply " + how + "); ask for less data per call or raise the limit", false, status, null);
    }
}
