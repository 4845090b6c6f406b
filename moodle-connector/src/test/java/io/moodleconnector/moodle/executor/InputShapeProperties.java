package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
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
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@link InputShape} never says "certainly valid" of an input the full path refuses, over every input schema of
 * the shipped catalogue: inputs are the methods' examples and values made from their schemas, then changed once to a
 * few times (a wrong type, text too long or empty, a pattern or email missed, a required property dropped, an extra
 * one, an out-of-range, big or fractional number, a lone surrogate...). And the fast path is no no-op: it is certain
 * of every example.
 */
class InputShapeProperties {
    private static final Catalogue CATALOGUE = new CatalogueLoader().loadShipped();
    private static final List<MethodDefinition> METHODS = CATALOGUE.methods();
    private static final Map<String, InputShape> SHAPES = new LinkedHashMap<>();

    static {
        METHODS.forEach(m -> SHAPES.put(m.id(), InputShape.of(m.input())));
    }

    /** One method and one input near its schema. */
    record Case(MethodDefinition method, Map<String, Object> input) {
        @Override
        public String toString() {
            return method.id() + " " + input;
        }
    }

    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void certainlyValidInputIsAcceptedByTheFullPath(@ForAll("nearSchema") Case c) {
        boolean certain = SHAPES.get(c.method().id()).certainlyValid(c.input());
        boolean accepted = accepted(c);
        Statistics.collect(certain ? "certainly valid" : accepted ? "not sure, valid" : "not sure, invalid");
        if (certain) {
            assertThatCode(() -> InputValidator.validate(CATALOGUE.inputSchema(c.method().id()),
                    InputTree.of(c.input()))).doesNotThrowAnyException();
        }
    }

    /**
     * The converse, so the fast path is no no-op: of an input made only of the Java types it models (text without
     * lone surrogates, Integer/Long/Short, booleans, null, text-keyed maps, lists), whatever the full path accepts,
     * the shape is certain of; only other number types (a double, big numbers...) are left to the full path.
     */
    @Property(tries = 20_000, edgeCases = EdgeCasesMode.NONE)
    void acceptedInputOfModelledTypesIsCertainlyValid(@ForAll("nearSchema") Case c) {
        boolean modelled = modelledTypes(c.input());
        Statistics.collect(modelled ? "modelled types" : "other types");
        if (modelled && accepted(c)) {
            assertThat(SHAPES.get(c.method().id()).certainlyValid(c.input())).isTrue();
        }
    }

    private static boolean modelledTypes(Object v) {
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().allMatch(e -> e.getKey() instanceof String k
                    && !InputValues.hasLoneSurrogate(k) && modelledTypes(e.getValue()));
        }
        if (v instanceof List<?> l) {
            return l.stream().allMatch(InputShapeProperties::modelledTypes);
        }
        return v == null || v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Boolean
                || v instanceof String s && !InputValues.hasLoneSurrogate(s);
    }

    private static boolean accepted(Case c) {
        try {
            InputValidator.validate(CATALOGUE.inputSchema(c.method().id()), InputTree.of(c.input()));
            return true;
        } catch (io.moodleconnector.spi.InvalidInputException e) {
            return false;
        }
    }

    @Test
    void everyExampleOfEveryMethodIsCertainlyValid() {
        List<String> unsure = new ArrayList<>();
        for (MethodDefinition m : METHODS) {
            for (JsonNode example : m.examples()) {
                for (boolean longs : new boolean[] {false, true}) {
                    if (!SHAPES.get(m.id()).certainlyValid(NearValues.plain(example, longs))) {
                        unsure.add(m.id() + " " + example);
                    }
                }
            }
        }
        assertThat(unsure).isEmpty();
    }

    @Provide
    Arbitrary<Case> nearSchema() {
        return Arbitraries.randomValue(random -> {
            MethodDefinition m = METHODS.get(random.nextInt(METHODS.size()));
            Object input = random.nextInt(3) > 0 || m.examples().isEmpty()
                    ? NearValues.plain(m.examples().get(random.nextInt(m.examples().size())), random.nextBoolean())
                    : NearValues.fromSchema(m.input(), random);
            int changes = random.nextInt(4);
            for (int i = 0; i < changes; i++) {
                input = NearValues.mutate(input, m.input(), random);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = input instanceof Map<?, ?> ? (Map<String, Object>) input : Map.of();
            return new Case(m, map);
        });
    }
}
