package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.transport.FormWriter;
import okhttp3.FormBody;
import okio.Buffer;
import io.moodleconnector.spi.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;

/**
 * The request stages on plain values (map, chunk, flatten: {@link RequestMapper}, {@link BatchChunker},
 * {@link FormFlattener}) send exactly what the tree stages they replaced sent ({@link TreeMapper},
 * {@link TreeChunker}, {@link TreeFlattener}, kept as they were, their fields encoded by OkHttp's {@code FormBody}):
 * the same requests, each with the same body byte for byte, or the same refusal, for every shipped method, over inputs near its schema, with Java types a
 * caller may pass that a tree reads its own way (doubles, floats, big numbers, bytes, sets, arrays, sorted maps,
 * maps with keys that are not text), and at limits of form variables that split batches. And the caller's input is
 * left as it was.
 */
class PlainStageTwoAgreesWithTreeTest {
    private static final Catalogue CATALOGUE = new CatalogueLoader().loadShipped();
    private static final List<MethodDefinition> METHODS = CATALOGUE.methods();

    /** One method, one input near its schema, one form-variable limit. */
    record Case(MethodDefinition method, Map<String, Object> input, int maxInputVars) {
        @Override
        public String toString() {
            return method.id() + " maxInputVars=" + maxInputVars + " " + input;
        }
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void plainStagesSendWhatTheTreeStagesSent(@ForAll("nearSchema") Case c) {
        JsonNode before = InputTree.of(c.input());
        List<String> tree = requests(() -> {
            JsonNode params = TreeMapper.map(c.method().request(), InputTree.of(c.input()));
            return TreeChunker.chunk(params, c.method().batch(), c.maxInputVars()).stream()
                    .map(chunk -> describe(chunk.first(), chunk.count(), okhttpBody(TreeFlattener.flatten(chunk.params()))))
                    .toList();
        });
        List<String> plain = requests(() -> {
            Object params = RequestMapper.map(c.method().request(), c.input());
            return BatchChunker.chunk(params, c.method().batch(), c.maxInputVars()).stream()
                    .map(chunk -> describe(chunk.first(), chunk.count(), writtenBody(chunk.params())))
                    .toList();
        });
        Statistics.collect(tree.get(0).startsWith("refused") ? "refused" : tree.get(0).startsWith("failed")
                ? "failed" : tree.size() == 1 ? "one request" : "several requests");
        assertThat(plain).isEqualTo(tree);
        assertThat(InputTree.of(c.input())).as("the input after the call").isEqualTo(before);
    }

    private static List<String> requests(java.util.function.Supplier<List<String>> stages) {
        try {
            return stages.get();
        } catch (InvalidInputException e) {
            return List.of("refused " + e.violations());
        } catch (RuntimeException e) { // a number no form can carry (infinity): the same failure either way
            return List.of("failed " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    private static String describe(int first, int count, String body) {
        return "items " + first + "+" + count + ": " + body;
    }

    /** The body OkHttp's own FormBody makes of the tree stages' fields. */
    private static String okhttpBody(List<TreeFlattener.FormField> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(f -> form.add(f.name(), f.value()));
        try (Buffer buffer = new Buffer()) {
            form.build().writeTo(buffer);
            return buffer.readUtf8();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String writtenBody(Object params) {
        FormWriter out = new FormWriter(1);
        FormFlattener.write(params, out);
        return new String(out.finish().toByteArray(), java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Provide
    Arbitrary<Case> nearSchema() {
        return Arbitraries.randomValue(random -> {
            MethodDefinition m = METHODS.get(random.nextInt(METHODS.size()));
            Object input = random.nextInt(3) > 0 && !m.examples().isEmpty()
                    ? NearValues.plain(m.examples().get(random.nextInt(m.examples().size())), random.nextBoolean())
                    : NearValues.fromSchema(m.input(), random);
            for (int i = random.nextInt(3); i > 0; i--) {
                input = NearValues.mutate(input, m.input(), random);
            }
            input = odd(longerBatch(input, m.batch(), random), random);
            @SuppressWarnings("unchecked")
            Map<String, Object> map = input instanceof Map<?, ?> ? (Map<String, Object>) input : Map.of();
            return new Case(m, map, 4 + random.nextInt(40));
        });
    }

    /** The input with its batch array (if any) grown to up to 12 items, copies of its own, so that limits split it. */
    @SuppressWarnings("unchecked")
    private static Object longerBatch(Object input, String batchPointer, Random random) {
        if (batchPointer == null || !(PlainValues.at(input, batchPointer) instanceof List<?> items) || items.isEmpty()) {
            return input;
        }
        List<Object> longer = new ArrayList<>(items);
        for (int n = random.nextInt(12); longer.size() < n; ) {
            longer.add(odd(items.get(random.nextInt(items.size())), random));
        }
        return PlainValues.update(input, batchPointer, before -> longer);
    }

    /** The value with some parts as other Java types a caller may pass for the same JSON (or for none). */
    private static Object odd(Object value, Random random) {
        boolean change = random.nextInt(6) == 0;
        if (value instanceof Map<?, ?> map) {
            boolean textKeys = map.keySet().stream().allMatch(String.class::isInstance);
            Map<Object, Object> out = change && textKeys && random.nextBoolean() ? new TreeMap<>() : new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k, odd(v, random)));
            if (change && out instanceof LinkedHashMap && random.nextInt(4) == 0) {
                out.put(7, "a key that is not text");
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(odd(v, random)));
            if (!change) {
                return out;
            }
            return random.nextBoolean() ? new LinkedHashSet<>(out) : out.toArray();
        }
        if (change && value instanceof Number n) {
            return switch (random.nextInt(7)) {
                case 0 -> n.doubleValue();
                case 1 -> n.floatValue();
                case 2 -> (byte) n.intValue();
                case 3 -> BigInteger.valueOf(n.longValue());
                case 4 -> new BigDecimal(n.toString()).setScale(2);
                case 5 -> new AtomicInteger(n.intValue());
                default -> (short) n.intValue();
            };
        }
        return value;
    }
}
