package io.moodleconnector.moodle.transport;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Form bodies read back into their fields, as {@code name=value} lines, for tests. Stateless. */
public final class FormBodies {
    private FormBodies() {
    }

    /** The fields of a body, decoded, in order. */
    public static List<String> fields(Form form) {
        return fields(form.toByteArray());
    }

    /** The fields of a body, decoded, in order. */
    public static List<String> fields(byte[] body) {
        List<String> out = new ArrayList<>();
        String text = new String(body, StandardCharsets.US_ASCII);
        if (text.isEmpty()) {
            return out;
        }
        for (String field : text.split("&", -1)) {
            int eq = field.indexOf('=');
            out.add(URLDecoder.decode(field.substring(0, eq), StandardCharsets.UTF_8) + "="
                    + URLDecoder.decode(field.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out;
    }
}
