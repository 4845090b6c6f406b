package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PlainValuesTest {
    private static Object plain(String json) {
        return PlainValues.fromTree(JsonValues.MAPPER.readTree(json));
    }

    @Test
    void aWildcardEditsEveryElementAndTheLastTokenNeedNotExist() {
        Object root = plain("{\"groups\":[{\"name\":\"A\"},{}],\"x\":1}");
        assertThat(PlainValues.update(root, "/groups/*/description", v -> "d"))
                .isEqualTo(plain("{\"groups\":[{\"name\":\"A\",\"description\":\"d\"},{\"description\":\"d\"}],\"x\":1}"));
    }

    @Test
    void anIndexBeyondTheArrayOrAPathThroughAScalarEditsNothing() {
        Object root = plain("{\"groups\":[{}],\"x\":1}");
        assertThat(PlainValues.update(root, "/groups/1/a", v -> "d")).isSameAs(root);
        assertThat(PlainValues.update(root, "/x/y", v -> "d")).isSameAs(root);
        assertThat(PlainValues.update(root, "", v -> "d")).isSameAs(root);
        assertThat(PlainValues.update(root, "/groups/0/a", v -> "d")).isEqualTo(plain("{\"groups\":[{\"a\":\"d\"}],\"x\":1}"));
    }

    @Test
    void anEditCopiesTheWayToWhatItChangesAndSharesTheRest() {
        Map<String, Object> kept = new LinkedHashMap<>(Map.of("a", 1));
        List<Object> groups = new ArrayList<>(List.of(kept, new LinkedHashMap<>()));
        Map<String, Object> root = new LinkedHashMap<>(Map.of("groups", groups));
        Object edited = PlainValues.update(root, "/groups/*/a", v -> v == null ? 2 : v);
        assertThat(root).isEqualTo(Map.of("groups", List.of(Map.of("a", 1), Map.of())));
        List<?> editedGroups = (List<?>) ((Map<?, ?>) edited).get("groups");
        assertThat(editedGroups.get(0)).isSameAs(kept);
        assertThat(editedGroups.get(1)).isEqualTo(Map.of("a", 2));
    }

    @Test
    void anExistingKeyKeepsItsPlaceAndANewOneGoesLast() {
        Object root = plain("{\"a\":null,\"b\":1}");
        assertThat(List.<Object>copyOf(((Map<?, ?>) PlainValues.update(root, "/a", v -> 0)).keySet())).containsExactly("a", "b");
        assertThat(List.<Object>copyOf(((Map<?, ?>) PlainValues.update(root, "/c", v -> 0)).keySet())).containsExactly("a", "b", "c");
    }

    @Test
    void atReadsAPointerAsJacksonDoes() {
        Object root = plain("{\"a\":[10,11],\"b~c\":{\"d\":true}}");
        assertThat(PlainValues.at(root, "/a/1")).isEqualTo(11);
        assertThat(PlainValues.at(root, "/a/01")).isNull();
        assertThat(PlainValues.at(root, "/a/2")).isNull();
        assertThat(PlainValues.at(root, "/b~0c/d")).isEqualTo(true);
        assertThat(PlainValues.at(root, "")).isSameAs(root);
    }

    @Test
    void aCanonicalInputIsReadAsItIsWithoutACopy() {
        Object input = plain("{\"users\":[{\"id\":1,\"name\":\"A\",\"on\":true,\"x\":null}],\"n\":2.5}");
        assertThat(PlainValues.canonical(input)).isSameAs(input);
        assertThat(PlainValues.canonical(Map.of("a", List.of(1, 2L, (short) 3)))).isEqualTo(Map.of("a", List.of(1, 2L, (short) 3)));
    }

    @Test
    void otherJavaTypesAreReadAsTheirTreeHoldsThem() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("set", new LinkedHashSet<>(List.of(3, 4)));
        input.put("array", new int[] {5});
        input.put("byte", (byte) 6);
        input.put("sorted", new TreeMap<>(Map.of("b", 1, "a", 2)));
        assertThat(PlainValues.canonical(input)).isEqualTo(Map.of("set", List.of(3, 4), "array", List.of(5),
                "byte", 6, "sorted", Map.of("a", 2, "b", 1)));
        assertThat(input.get("set")).isInstanceOf(LinkedHashSet.class);
    }

    @Test
    void aLinkedListIsCopiedIntoOneWithRandomAccess() {
        Object canonical = PlainValues.canonical(Map.of("ids", new java.util.LinkedList<>(List.of(1, 2))));
        assertThat(((Map<?, ?>) canonical).get("ids")).isInstanceOf(java.util.RandomAccess.class).isEqualTo(List.of(1, 2));
    }

    @Test
    void aMapWithAKeyThatIsNotTextIsReadAsJacksonWritesIt() {
        Map<Object, Object> odd = new LinkedHashMap<>();
        odd.put("a", 1);
        odd.put(7, "x");
        assertThat(PlainValues.canonical(Map.of("m", odd))).isEqualTo(Map.of("m", Map.of("a", 1, "7", "x")));
    }
}
