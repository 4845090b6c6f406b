package io.moodleconnector.moodle.transport;

import java.util.Arrays;

/**
 * An HTTP reply as it came back, read in full (within the size limit) and closed.
 *
 * @param status      the HTTP status
 * @param contentType the Content-Type header, or {@code ""}
 * @param body        the body bytes
 * @param attempts    how many attempts it took
 */
public record RawReply(int status, String contentType, byte[] body, int attempts) {
    public RawReply {
        contentType = contentType == null ? "" : contentType;
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawReply r && status == r.status && contentType.equals(r.contentType)
                && Arrays.equals(body, r.body) && attempts == r.attempts;
    }

    @Override
    public int hashCode() {
        return 31 * status + Arrays.hashCode(body);
    }

    /** Status, type and size only: a body is never printed whole. */
    @Override
    public String toString() {
        return "RawReply{status=" + status + ", contentType=" + contentType + ", bytes=" + body.length + '}';
    }
}
