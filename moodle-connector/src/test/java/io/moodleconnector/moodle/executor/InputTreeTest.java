package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The input tree is the one Jackson's serializers build, node class for node class. */
class InputTreeTest {
    private static void sameAsJackson(Object input) {
        JsonNode mine = InputTree.of(input);
        JsonNode jackson = JsonValues.toTree(input);
        assertThat(mine).isEqualTo(jackson);
        assertThat(classes(mine)).isEqualTo(classes(jackson));
    }

    private static List<String> classes(JsonNode node) {
        List<String> out = new java.util.ArrayList<>();
        out.add(node.getClass().getSimpleName());
        for (JsonNode child : node) {
            out.addAll(classes(child));
        }
        return out;
    }

    @Test
    void everyPlainScalarBecomesTheNodeJacksonMakes() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("int", 5);
        in.put("long", 5L);
        in.put("short", (short) 3);
        in.put("double", 0.1);
        in.put("float", 1.5f);
        in.put("decimal", new BigDecimal("1.50"));
        in.put("bigint", BigInteger.TEN.pow(30));
        in.put("text", "Team A");
        in.put("yes", true);
        in.put("nothing", null);
        sameAsJackson(in);
    }

    @Test
    void nestedMapsAndListsKeepTheirOrder() {
        sameAsJackson(Map.of("groups", List.of(Map.of("courseid", 2, "name", "A"), Map.of("courseid", 3))));
    }

    @Test
    void valuesThatAreNotPlainAreLeftToJackson() {
        Map<String, Object> in = new LinkedHashMap<>();
        in.put("set", Set.of(1));
        in.put("array", new int[] {1, 2});
        in.put("byte", (byte) 7);
        in.put("numberKeys", Map.of(1, "one"));
        sameAsJackson(in);
    }
}
