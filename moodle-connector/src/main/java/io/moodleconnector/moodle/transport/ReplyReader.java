package io.moodleconnector.moodle.transport;

import java.io.IOException;

/**
 * What the caller of {@link MoodleTransport#send} makes of a reply: a successful (2xx) reply is read while its body
 * streams in; any other status, once the transport has stopped retrying, is handed over described by its first
 * bytes. Implementations are called on the sending thread, once per attempt that got a reply.
 *
 * @param <T> what a reply becomes
 */
public interface ReplyReader<T> {
    /**
     * Reads a 2xx reply. The body is open only during this call.
     *
     * @throws IOException when reading the body fails (a retriable transport failure)
     */
    T read(BoundedBody body) throws IOException;

    /** What a reply with a non-2xx status becomes (usually: throws the error it stands for). */
    T refused(RawReply reply);
}
