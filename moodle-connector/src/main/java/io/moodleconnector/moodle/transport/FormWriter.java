package io.moodleconnector.moodle.transport;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import okhttp3.FormBody;

/**
 * Writes an {@code application/x-www-form-urlencoded} body field by field, byte for byte what OkHttp's
 * {@link FormBody} sends, straight from the values: no field object and no name string is made per variable (a
 * 1,000-record batch has some 5,000), and each name is encoded from its parts, the parts shared by a record's fields
 * encoded once. ASCII text is encoded from one table (the one OkHttp applies: controls, DEL, {@code %}, {@code +}
 * and its form encode set percent-encoded, a space as {@code +}); any text with a character beyond ASCII is left to
 * {@link FormBody} itself, so the rare case keeps OkHttp's exact rules for UTF-8 and surrogates.
 *
 * <p>A nested name is built on a stack: {@link #name} starts it, {@link #key} and {@link #index} add a
 * {@code [part]} and return a mark, {@link #cut} goes back to a mark, {@link #value} writes a field with the name as
 * it stands. One writer per body; not thread-safe.
 */
public final class FormWriter {
    /** OkHttp's FORM_ENCODE_SET. */
    private static final String FORM_ENCODE_SET = " \"':;<=>@[]^`{}|/\\?#&!$(),~";
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] ENCODE = encodeTable();
    private static final byte[] OPEN = {'%', '5', 'B'};
    private static final byte[] CLOSE = {'%', '5', 'D'};

    private final Bytes body;
    private final Bytes name = new Bytes(64);
    private int fields;

    /** A writer for a body of about {@code expectedFields} fields (a hint for the first buffer). */
    public FormWriter(int expectedFields) {
        body = new Bytes(48 * Math.max(1, expectedFields) + 16);
    }

    private static boolean[] encodeTable() {
        boolean[] t = new boolean[128];
        for (int c = 0; c < 128; c++) {
            t[c] = c < 0x20 || c == 0x7f || c == '%' || c == '+' || FORM_ENCODE_SET.indexOf(c) >= 0;
        }
        return t;
    }

    /** Writes one field with a whole name. */
    public FormWriter field(String fieldName, String value) {
        name(fieldName);
        value(value);
        return this;
    }

    /** Starts a new name: {@code text}, encoded; returns the mark of its end. */
    public int name(String text) {
        name.size = 0;
        text(text, name);
        return name.size;
    }

    /** Adds {@code [key]} to the name; returns the mark of the name before it. */
    public int key(String key) {
        int mark = name.size;
        name.add(OPEN);
        text(key, name);
        name.add(CLOSE);
        return mark;
    }

    /** Adds {@code [index]} to the name; returns the mark of the name before it. */
    public int index(int index) {
        int mark = name.size;
        name.add(OPEN);
        digits(index, name);
        name.add(CLOSE);
        return mark;
    }

    /** Takes the name back to a mark. */
    public void cut(int mark) {
        name.size = mark;
    }

    /** Writes a field: the name as it stands, then the value. */
    public void value(String value) {
        if (fields++ > 0) {
            body.add('&');
        }
        body.add(name.bytes, name.size);
        body.add('=');
        text(value, body);
    }

    /** Writes a field: the name as it stands, then the number in decimal (no text is made of it). */
    public void value(long number) {
        if (fields++ > 0) {
            body.add('&');
        }
        body.add(name.bytes, name.size);
        body.add('=');
        if (number < 0) {
            body.add('-'); // a minus sign needs no encoding
        }
        digits(number, body);
    }

    /** How many fields have been written. */
    public int fields() {
        return fields;
    }

    /** The body written so far; the writer is not to be used after. */
    public Form finish() {
        return new Form(body.bytes, body.size, fields);
    }

    /**
     * Appends {@code s} encoded. One pass writing straight into the buffer, room for the worst case (every
     * character three bytes) made once per string: this loop runs for every byte of a batch's body.
     */
    private static void text(String s, Bytes out) {
        int n = s.length();
        byte[] b = out.room(3 * n);
        int p = out.size;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                nonAscii(s, out); // nothing of s was kept: out.size is unchanged
                return;
            }
            if (!ENCODE[c]) {
                b[p++] = (byte) c;
            } else if (c == ' ') {
                b[p++] = '+';
            } else {
                b[p++] = '%';
                b[p++] = HEX[c >> 4];
                b[p++] = HEX[c & 0xf];
            }
        }
        out.size = p;
    }

    /** Text with a character beyond ASCII, encoded by OkHttp itself (its UTF-8 and surrogate rules). */
    private static void nonAscii(String s, Bytes out) {
        String encoded = new FormBody.Builder().add(s, "").build().encodedName(0);
        byte[] b = out.room(encoded.length());
        int p = out.size;
        for (int k = 0; k < encoded.length(); k++) {
            b[p++] = (byte) encoded.charAt(k); // percent-encoded: ASCII only
        }
        out.size = p;
    }

    /** The digits of a number's magnitude, as {@link Long#toString(long)} writes them after any sign. */
    private static void digits(long number, Bytes out) {
        if (number < 0 && number > -10 || number >= 0 && number < 10) {
            out.add('0' + (int) Math.abs(number));
            return;
        }
        byte[] b = out.room(20);
        int end = out.size;
        for (long v = number; v != 0; v /= 10) {
            end++;
        }
        out.size = end;
        for (long v = number; v != 0; v /= 10) {
            b[--end] = (byte) ('0' + Math.abs(v % 10)); // Math.abs of the remainder: Long.MIN_VALUE has no magnitude
        }
    }

    /** A growable byte array. */
    private static final class Bytes {
        private byte[] bytes;
        private int size;

        Bytes(int capacity) {
            bytes = new byte[capacity];
        }

        void add(int b) {
            room(1)[size++] = (byte) b;
        }

        void add(byte[] from) {
            add(from, from.length);
        }

        void add(byte[] from, int length) {
            System.arraycopy(from, 0, room(length), size, length);
            size += length;
        }

        /** The array, with room for {@code n} more bytes after {@link #size}. */
        byte[] room(int n) {
            if (bytes.length - size < n) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
            }
            return bytes;
        }
    }
}
