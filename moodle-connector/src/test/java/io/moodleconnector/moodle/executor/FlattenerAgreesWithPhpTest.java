package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.transport.FormWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The flattener agrees with PHP itself: whatever nested input, PHP's {@code parse_str} of the encoded body gives
 * back the same structure (with scalars as PHP's strings, booleans as "1"/"0", nulls and empty containers left out).
 */
class FlattenerAgreesWithPhpTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static PhpParseStr php;

    @BeforeContainer
    static void startPhp() throws IOException {
        php = new PhpParseStr();
    }

    @AfterContainer
    static void stopPhp() throws IOException {
        php.close();
    }

    @Property(tries = 10_000, edgeCases = EdgeCasesMode.NONE)
    void phpParsesTheBodyBackIntoTheSameStructure(@ForAll("params") Map<String, Object> params) throws IOException {
        JsonNode tree = JsonValues.toTree(params);
        FormWriter body = new FormWriter(1);
        FormFlattener.write(PlainValues.canonical(params), body);

        JsonNode parsed = JsonValues.MAPPER.readTree(php.parse(
                new String(body.finish().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII)));
        JsonNode expected = phpView(tree);
        if (expected == null) {
            expected = NODES.objectNode();
        }
        if (parsed.isArray() && parsed.isEmpty()) {
            parsed = NODES.objectNode(); // json_encode gives [] for an empty PHP array
        }
        assertThat(parsed).isEqualTo(expected);
    }

    /** What PHP should see: scalars as strings, booleans 1/0, nulls and empty containers gone, lists compacted. */
    private static JsonNode phpView(JsonNode n) {
        if (n.isNull()) {
            return null;
        }
        if (n.isObject()) {
            ObjectNode o = NODES.objectNode();
            n.properties().forEach(e -> {
                JsonNode v = phpView(e.getValue());
                if (v != null) {
                    o.set(e.getKey(), v);
                }
            });
            return o.isEmpty() ? null : o;
        }
        if (n.isArray()) {
            ArrayNode a = NODES.arrayNode();
            n.forEach(e -> {
                JsonNode v = phpView(e);
                if (v != null) {
                    a.add(v);
                }
            });
            return a.isEmpty() ? null : a;
        }
        return NODES.stringNode(FormFlattener.scalarText(n));
    }

    @Provide
    Arbitrary<Map<String, Object>> params() {
        return objects(3);
    }

    private Arbitrary<Map<String, Object>> objects(int depth) {
        return Arbitraries.maps(keys(), values(depth)).ofMaxSize(4).map(LinkedHashMap::new);
    }

    private Arbitrary<Object> values(int depth) {
        List<Arbitrary<?>> choices = new ArrayList<>(List.of(text(), numbers(), Arbitraries.of(true, false),
                Arbitraries.just(null)));
        if (depth > 0) {
            choices.add(objects(depth - 1));
            choices.add(values(depth - 1).list().ofMaxSize(4));
        }
        @SuppressWarnings("unchecked")
        Arbitrary<Object>[] all = choices.toArray(new Arbitrary[0]);
        return Arbitraries.oneOf(List.of(all));
    }

    /** Keys PHP keeps as they are: letters, digits, '_' and '-', starting with a letter (not a numeric key). */
    private static Arbitrary<String> keys() {
        return Arbitraries.strings().withCharRange('a', 'z').withChars('_', '-', '0', '9', 'Q').ofMinLength(1)
                .ofMaxLength(8).filter(k -> Character.isLetter(k.charAt(0)));
    }

    /** Text with the characters that matter in a form body, plus non-ASCII and astral characters. */
    private static Arbitrary<String> text() {
        Arbitrary<String> special = Arbitraries.of(" ", "&", "=", "[", "]", "+", "%", "%20", "#", "?", "/", "~",
                "'", "\"", "\\", ";", "ü", "Ωmega", "日本語", "😀", "\t", "<b>", "a.b", "*");
        Arbitrary<String> plain = Arbitraries.strings().alpha().numeric().ofMaxLength(6);
        return Arbitraries.oneOf(special, plain).list().ofMaxSize(5).map(parts -> String.join("", parts));
    }

    private static Arbitrary<Object> numbers() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.integers().between(-1000, 1000).map(i -> (Object) i),
                Arbitraries.bigDecimals().between(new java.math.BigDecimal("-1e6"), new java.math.BigDecimal("1e6"))
                        .ofScale(3).map(d -> (Object) d),
                Arbitraries.doubles().between(-1e9, 1e9).map(d -> (Object) d));
    }
}
