package io.moodleconnector.host.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text the CLI is given (arguments, stdin, files), read as UTF-8 whatever the locale, strictly and within a bound:
 * a malformed byte is refused with its offset, never replaced by U+FFFD; more bytes than the bound are refused
 * before they are all read, so {@code /dev/zero} costs the bound and no more. Stateless.
 */
final class StrictText {
    /** Why a text was refused, with the byte offset where it went wrong. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private StrictText() {
    }

    /**
     * Reads at most {@code maxBytes} bytes and decodes them.
     *
     * @throws Refused     if there are more bytes than {@code maxBytes} or they are not UTF-8
     * @throws IOException if reading fails
     */
    static String read(InputStream in, int maxBytes) throws IOException, Refused {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new Refused("is larger than " + size(maxBytes));
        }
        return decode(bytes);
    }

    /**
     * Decodes UTF-8 strictly.
     *
     * @throws Refused naming the offset of the first byte that is not UTF-8
     */
    static String decode(byte[] bytes) throws Refused {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new Refused("is not valid UTF-8: byte " + in.position() + " (counting from 0) starts a malformed "
                    + "sequence");
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new Refused("is not valid UTF-8: it ends inside a multi-byte sequence");
        }
        return out.flip().toString();
    }

    /** A byte count for people: 16 MiB, 4 KiB, 100 bytes. */
    static String size(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KiB";
        }
        return bytes + " bytes";
    }
}
