package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;

class PlainJsonReaderTest {
    private static Object read(String json) {
        return PlainJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(String json) {
        return (Map<String, Object>) read(json);
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(String json) {
        return (List<Object>) read(json);
    }

    @Test
    void objectIteratesInReplyOrder() {
        assertThat(object("{\"z\":1,\"a\":2,\"m\":3}").keySet()).containsExactly("z", "a", "m");
    }

    @Test
    void objectEqualsALinkedHashMapOfTheSameContentBothWays() {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 7L);
        expected.put("name", "Team A");
        expected.put("tags", List.of("x", "y"));
        expected.put("none", null);
        Map<String, Object> record = object("{\"id\":7,\"name\":\"Team A\",\"tags\":[\"x\",\"y\"],\"none\":null}");
        assertThat(record).isEqualTo(expected);
        assertThat(expected).isEqualTo(record);
        assertThat(record.hashCode()).isEqualTo(expected.hashCode());
        assertThat(record.toString()).isEqualTo(expected.toString());
    }

    @Test
    void objectWithAManyKeysFindsEachOfThem() {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < 40; i++) {
            json.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        Map<String, Object> record = object(json.append('}').toString());
        for (int i = 0; i < 40; i++) {
            assertThat(record.get("k" + i)).isEqualTo((long) i);
        }
        assertThat(record.get("k40")).isNull();
        assertThat(record.containsKey("k40")).isFalse();
    }

    @Test
    void nullValuedKeyIsPresent() {
        Map<String, Object> record = object("{\"a\":null}");
        assertThat(record.containsKey("a")).isTrue();
        assertThat(record.get("a")).isNull();
    }

    @Test
    void objectIsUnmodifiable() {
        Map<String, Object> record = object("{\"a\":1,\"b\":2}");
        assertThatThrownBy(() -> record.put("c", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(record::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.entrySet().iterator().next().setValue(5))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> record.keySet().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(record).containsEntry("a", 1L).hasSize(2);
    }

    @Test
    void arrayIsUnmodifiable() {
        List<Object> list = array("[1,null,\"x\"]");
        assertThat(list).containsExactly(1L, null, "x");
        assertThatThrownBy(() -> list.add(4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.set(0, 4)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(list).isEqualTo(new ArrayList<>(java.util.Arrays.asList(1L, null, "x")));
    }

    @Test
    void recordsOfDifferentShapesInOneArrayKeepTheirOwnKeys() {
        List<Object> list = array("[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"email\":\"b\"},{\"id\":3,\"name\":\"c\"},"
                + "{\"id\":4}]");
        assertThat(list).containsExactly(Map.of("id", 1L, "name", "a"), Map.of("id", 2L, "email", "b"),
                Map.of("id", 3L, "name", "c"), Map.of("id", 4L));
    }

    @Test
    void nestedRecordsAtEveryDepthKeepTheirValues() {
        Object value = read("{\"users\":[{\"id\":1,\"prefs\":[{\"name\":\"a\",\"value\":\"1\"}]},"
                + "{\"id\":2,\"prefs\":[]}],\"warnings\":[]}");
        assertThat(value).isEqualTo(Map.of("users", List.of(
                Map.of("id", 1L, "prefs", List.of(Map.of("name", "a", "value", "1"))),
                Map.of("id", 2L, "prefs", List.of())), "warnings", List.of()));
    }

    @Test
    void repeatedKeyKeepsItsFirstPlaceAndItsLastValue() {
        Map<String, Object> record = object("{\"a\":1,\"b\":2,\"a\":3}");
        assertThat(record.keySet()).containsExactly("a", "b");
        assertThat(record.get("a")).isEqualTo(3L);
    }

    @Test
    void repeatedKeyIsFoundAlsoWhenTheRecordBeforeHadTheSameKeys() {
        List<Object> list = array("[{\"a\":1,\"b\":2},{\"a\":1,\"a\":5}]");
        assertThat(list.get(1)).isEqualTo(Map.of("a", 5L));
    }

    @Test
    void integersAreLongsAndBeyondLongBigDecimals() {
        assertThat(read("42")).isEqualTo(42L);
        assertThat(read("-9223372036854775808")).isEqualTo(Long.MIN_VALUE);
        assertThat(read("12345678901234567890123")).isEqualTo(new BigDecimal("12345678901234567890123"));
    }

    @Test
    void decimalsKeepTheDigitsSent() {
        assertThat(read("87.50")).isEqualTo(new BigDecimal("87.50"));
    }

    @Test
    void literalsAreBooleansAndNull() {
        assertThat(array("[true,false,null]")).containsExactly(true, false, null);
        assertThat(read("null")).isNull();
    }

    @Test
    void repeatedShortStringsAreOneInstance() {
        List<Object> list = array("[{\"lang\":\"en\"},{\"lang\":\"en\"}]");
        assertThat(((Map<?, ?>) list.get(0)).get("lang")).isSameAs(((Map<?, ?>) list.get(1)).get("lang"));
    }

    @Test
    void stringsWithEscapesAndNonAsciiTextReadAsSent() {
        assertThat(read("\"M\\u00fcller \\\"Jr\\\" \\/ \u00e9t\u00e9 \\ud83d\\ude00\""))
                .isEqualTo("Müller \"Jr\" / été \uD83D\uDE00");
    }

    @Test
    void manyDistinctStringsAreEachReadRight() {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            json.append(i == 0 ? "" : ",").append("\"v").append(i).append('"');
        }
        List<Object> list = array(json.append(']').toString());
        for (int i = 0; i < 20_000; i++) {
            assertThat(list.get(i)).isEqualTo("v" + i);
        }
    }

    @Test
    void readsBackToTheSameJson() {
        String json = "{\"users\":[{\"id\":1,\"fullname\":\"A B\",\"grade\":87.50,\"ok\":true,\"x\":null}],"
                + "\"warnings\":[]}";
        assertThat(JsonValues.MAPPER.writeValueAsString(read(json))).isEqualTo(json);
    }

    @Test
    void truncatedJsonFails() {
        assertThatThrownBy(() -> read("[{\"id\":1,\"fullname\":\"Lab Cour")).isInstanceOf(StreamReadException.class);
    }

    @Test
    void contentAfterTheValueFails() {
        assertThatThrownBy(() -> read("{\"a\":1} {\"b\":2}")).isInstanceOf(StreamReadException.class);
    }

    @Test
    void emptyBodyFails() {
        assertThatThrownBy(() -> read("  ")).isInstanceOf(StreamReadException.class).hasMessageContaining("empty");
    }

    @Test
    void htmlFails() {
        assertThatThrownBy(() -> read("<!DOCTYPE html><html>")).isInstanceOf(StreamReadException.class);
    }
}
