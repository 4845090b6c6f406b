package io.moodleconnector.moodle.transport;

import java.util.Arrays;

/**
 * What an HTTP reply was, for an error message: status, type, length and its first bytes, never the whole body.
 * Immutable.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or {@code ""}
 * @param head        the first bytes of the body (at most {@link BoundedBody#HEAD})
 * @param length      how many bytes the body had
 * @param attempts    how many attempts it took
 * @param location    where a redirect (3xx) points, absolute, without user info; null when there is no Location
 */
public record RawReply(int status, String contentType, byte[] head, long length, int attempts, String location) {
    public RawReply {
        contentType = contentType == null ? "" : contentType;
        head = head.clone(); // at most BoundedBody.HEAD bytes: the copy is cheap and keeps the record immutable
    }

    /** Whether another attempt may get a better answer: the one retry table, {@link RetryPolicy}. */
    public boolean retriable() {
        return RetryPolicy.retriableStatus(status);
    }

    /** A reply without a Location header. */
    public RawReply(int status, String contentType, byte[] head, long length, int attempts) {
        this(status, contentType, head, length, attempts, null);
    }

    /** The same reply with the Location it redirects to. */
    RawReply withLocation(String where) {
        return new RawReply(status, contentType, head, length, attempts, where);
    }

    @Override
    public byte[] head() {
        return head.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawReply r && status == r.status && contentType.equals(r.contentType)
                && Arrays.equals(head, r.head) && length == r.length && attempts == r.attempts
                && java.util.Objects.equals(location, r.location);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + Arrays.hashCode(head)) + Long.hashCode(length);
    }

    /** Status, type and size only: a body is never printed. */
    @Override
    public String toString() {
        return "RawReply{status=" + status + ", contentType=" + contentType + ", bytes=" + length + '}';
    }
}
