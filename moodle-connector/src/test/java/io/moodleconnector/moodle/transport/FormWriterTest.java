package io.moodleconnector.moodle.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import okhttp3.FormBody;
import okhttp3.RequestBody;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The writer writes exactly the bytes OkHttp's FormBody sends, with the same content type. */
class FormWriterTest {
    private static byte[] bytes(RequestBody body) {
        try (Buffer b = new Buffer()) {
            body.writeTo(b);
            return b.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fields as name, value, name, value... */
    private static void sameAsFormBody(List<String> fields) throws IOException {
        FormBody.Builder okhttp = new FormBody.Builder();
        FormWriter writer = new FormWriter(1);
        for (int i = 0; i < fields.size(); i += 2) {
            okhttp.add(fields.get(i), fields.get(i + 1));
            writer.field(fields.get(i), fields.get(i + 1));
        }
        FormBody expected = okhttp.build();
        RequestBody mine = writer.finish().requestBody();
        assertThat(new String(bytes(mine), java.nio.charset.StandardCharsets.ISO_8859_1)).as(fields.toString())
                .isEqualTo(new String(bytes(expected), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(mine.contentType()).isEqualTo(expected.contentType());
        assertThat(mine.contentLength()).isEqualTo(expected.contentLength());
    }

    @Test
    void everyAsciiCharacterIsEncodedAsFormBodyEncodesIt() throws IOException {
        for (char c = 0; c < 128; c++) {
            String s = "a" + c + "b";
            sameAsFormBody(List.of(s, s));
        }
    }

    @Test
    void textBeyondAsciiIsEncodedAsFormBodyEncodesIt() throws IOException {
        sameAsFormBody(List.of("name", "Zoë Ünal 日本 😀 +1 a&b=c", "groups[0][name]", "\uD83D", "x\u00A0y",
                "\u0080\u07FF\uFFFF"));
    }

    @Test
    void randomFieldsAreEncodedAsFormBodyEncodesThem() throws IOException {
        Random random = new Random(42);
        String alphabet = "azAZ09 -_.*~!$&'()+,;=:@/?#[]%\"<>\\^`{|}\t\n\r\u007f\u00e9\u20ac\uD83D\uDE00\uDC00";
        for (int round = 0; round < 200; round++) {
            List<String> fields = new ArrayList<>();
            for (int f = 0; f < 1 + random.nextInt(5); f++) {
                fields.add(random(random, alphabet));
                fields.add(random(random, alphabet));
            }
            sameAsFormBody(fields);
        }
    }

    @Test
    void noFieldsIsAnEmptyBody() throws IOException {
        sameAsFormBody(List.of());
    }

    @Test
    void aNameBuiltFromItsPartsIsTheWholeNameEncoded() throws IOException {
        FormWriter parts = new FormWriter(1);
        parts.name("users");
        int user = parts.index(12);
        int field = parts.key("custom fields");
        parts.index(0);
        parts.value("a b");
        parts.cut(field);
        parts.key("é");
        parts.value("x");
        parts.cut(user);
        parts.index(3);
        parts.value("");
        FormWriter whole = new FormWriter(1).field("users[12][custom fields][0]", "a b").field("users[12][é]", "x")
                .field("users[3]", "");
        assertThat(parts.finish().toByteArray()).isEqualTo(whole.finish().toByteArray());
        assertThat(parts.fields()).isEqualTo(3);
    }

    @Test
    void aNumberIsWrittenAsLongToStringWritesIt() {
        Random random = new Random(7);
        List<Long> numbers = new ArrayList<>(List.of(0L, 5L, -5L, 9L, -9L, 10L, -10L, 99L, 100L, -1L, 123456789L,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, (long) Integer.MIN_VALUE));
        for (int i = 0; i < 1000; i++) {
            numbers.add(random.nextLong() >> random.nextInt(64));
        }
        for (long n : numbers) {
            FormWriter digits = new FormWriter(1);
            digits.name("n");
            digits.value(n);
            assertThat(new String(digits.finish().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("n=" + n);
        }
    }

    @Test
    void aFormTellsItsSizeNotItsContent() {
        Form form = new FormWriter(1).field("wstoken", "s3cret").finish();
        assertThat(form.toString()).doesNotContain("s3cret").isEqualTo("Form{1 fields, 14 bytes}");
    }

    private static String random(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
