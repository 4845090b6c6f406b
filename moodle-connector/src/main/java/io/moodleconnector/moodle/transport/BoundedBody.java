package io.moodleconnector.moodle.transport;

import io.moodleconnector.spi.TransportException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * A reply body as it streams in, read up to a size limit and no further, so that a huge or endless reply fails the
 * call instead of filling the heap. The body is never held whole: it counts the bytes that pass and keeps only the
 * first {@value #HEAD} of them, for an error message that says what came back.
 *
 * <p>One instance per HTTP reply, read by one thread, valid only while the reply is open (the transport closes it
 * after the {@link ReplyReader} returns). {@link #close()} does nothing: the transport closes the reply.
 */
public final class BoundedBody extends InputStream {
    /** How many leading bytes are kept for error messages. */
    public static final int HEAD = 512;

    private final BufferedSource source;
    private final long limit;
    private final int status;
    private final String contentType;
    private final int attempts;
    private final byte[] head = new byte[HEAD];
    private int headLength;
    private long count;

    private BoundedBody(BufferedSource source, long limit, int status, String contentType, int attempts) {
        this.source = source;
        this.limit = limit;
        this.status = status;
        this.contentType = contentType == null ? "" : contentType;
        this.attempts = attempts;
    }

    /**
     * The body of a reply, bounded by {@code limit}.
     *
     * @throws TransportException (not retriable) when the reply declares a length over the limit
     */
    static BoundedBody open(ResponseBody body, long limit, int status, String contentType, int attempts) {
        long declared = body.contentLength();
        if (declared > limit) {
            throw tooLarge(limit, status, "declares " + declared + " bytes");
        }
        return new BoundedBody(body.source(), limit, status, contentType, attempts);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The most bytes this body may have (the connection's maxResponseBytes). */
    public long limit() {
        return limit;
    }

    /** The Content-Type header, or {@code ""}. */
    public String contentType() {
        return contentType;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    /**
     * @throws TransportException (not retriable) as soon as more than the limit has come in
     */
    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = source.read(b, off, len);
        if (n > 0) {
            if (headLength < HEAD) {
                int keep = Math.min(n, HEAD - headLength);
                System.arraycopy(b, off, head, headLength, keep);
                headLength += keep;
            }
            count += n;
            if (count > limit) {
                throw tooLarge(limit, status, "exceeded it");
            }
        }
        return n;
    }

    /** Does nothing: the transport closes the reply once its reader is done. */
    @Override
    public void close() {
        // the HTTP reply, not this view of it, owns the socket
    }

    /**
     * Reads what is left of the body (within the limit, keeping nothing but the count) and describes the reply.
     *
     * @throws TransportException (not retriable) when the rest takes the body over the limit
     * @throws IOException        when reading fails
     */
    public RawReply drain() throws IOException {
        byte[] scratch = new byte[8192];
        while (read(scratch, 0, scratch.length) != -1) {
            // counting only
        }
        return new RawReply(status, contentType, Arrays.copyOf(head, headLength), count, attempts);
    }

    private static TransportException tooLarge(long limit, int status, String how) {
        return new TransportException("Moodle's reply is larger than the connection's maxResponseBytes of " + limit
                + " bytes (the reply " + how + "); ask for less data per call or raise the limit", false, status, null);
    }
}
