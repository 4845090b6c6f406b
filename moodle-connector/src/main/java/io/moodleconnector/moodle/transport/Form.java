package io.moodleconnector.moodle.transport;

import java.util.Arrays;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * An encoded form body, as {@link FormWriter} wrote it. Immutable once made (nothing keeps the writer). Its
 * {@code toString} tells the size only: the body holds the token.
 */
public final class Form {
    /** FormBody's content type; it sends no charset parameter. */
    static final MediaType CONTENT_TYPE = MediaType.get("application/x-www-form-urlencoded");

    private final byte[] bytes;
    private final int size;
    /** How many form variables the body carries, for {@link #toString}. */
    private final int fields;

    Form(byte[] bytes, int size, int fields) {
        this.bytes = bytes;
        this.size = size;
        this.fields = fields;
    }

    /** The body to send: the buffer's first bytes, not copied (OkHttp may send it again on a retry). */
    RequestBody requestBody() {
        return RequestBody.create(bytes, CONTENT_TYPE, 0, size);
    }

    /** A copy of the body's bytes (for tests and benchmarks, which compare or replay them). */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    @Override
    public String toString() {
        return "Form{" + fields + " fields, " + size + " bytes}";
    }
}
