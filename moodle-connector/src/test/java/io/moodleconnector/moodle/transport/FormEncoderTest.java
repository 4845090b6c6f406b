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

/** The encoder sends exactly the bytes OkHttp's FormBody sends, with the same content type. */
class FormEncoderTest {
    private static byte[] bytes(RequestBody body) {
        try (Buffer b = new Buffer()) {
            body.writeTo(b);
            return b.readByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sameAsFormBody(List<FormField> fields) throws IOException {
        FormBody.Builder okhttp = new FormBody.Builder();
        fields.forEach(f -> okhttp.add(f.name(), f.value()));
        FormBody expected = okhttp.build();
        RequestBody mine = FormEncoder.encode(fields);
        assertThat(new String(bytes(mine), java.nio.charset.StandardCharsets.ISO_8859_1)).as(fields.toString())
                .isEqualTo(new String(bytes(expected), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(mine.contentType()).isEqualTo(expected.contentType());
        assertThat(mine.contentLength()).isEqualTo(expected.contentLength());
    }

    @Test
    void everyAsciiCharacterIsEncodedAsFormBodyEncodesIt() throws IOException {
        for (char c = 0; c < 128; c++) {
            String s = "a" + c + "b";
            sameAsFormBody(List.of(new FormField(s, s)));
        }
    }

    @Test
    void textBeyondAsciiIsEncodedAsFormBodyEncodesIt() throws IOException {
        sameAsFormBody(List.of(new FormField("name", "Zoë Ünal 日本 😀 +1 a&b=c"),
                new FormField("groups[0][name]", "\uD83D"), new FormField("x\u00A0y", "\u0080\u07FF\uFFFF")));
    }

    @Test
    void randomFieldsAreEncodedAsFormBodyEncodesThem() throws IOException {
        Random random = new Random(42);
        String alphabet = "azAZ09 -_.*~!$&'()+,;=:@/?#[]%\"<>\\^`{|}\t\n\r\u007f\u00e9\u20ac\uD83D\uDE00\uDC00";
        for (int round = 0; round < 200; round++) {
            List<FormField> fields = new ArrayList<>();
            for (int f = 0; f < 1 + random.nextInt(5); f++) {
                fields.add(new FormField(random(random, alphabet), random(random, alphabet)));
            }
            sameAsFormBody(fields);
        }
    }

    @Test
    void noFieldsIsAnEmptyBody() throws IOException {
        sameAsFormBody(List.of());
    }

    private static String random(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
