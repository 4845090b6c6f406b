package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.model.Conversion;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conversions at wildcard pointers change the reader's values in place, through its editor, and nothing else. */
@SuppressWarnings("unchecked")
class PlainPathsTest {
    private static Object read(String json) {
        return PlainJsonReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFieldOfEveryRecordIsConvertedInTheSameRecords() {
        Object reply = read("[{\"id\":1,\"visible\":1},{\"id\":2,\"visible\":0}]");
        Object first = ((List<?>) reply).get(0);

        Object data = PlainPaths.convert(reply, "/*/visible", Conversion.BOOLEAN);

        assertThat(data).isSameAs(reply).isEqualTo(List.of(Map.of("id", 1L, "visible", true),
                Map.of("id", 2L, "visible", false)));
        assertThat(((List<?>) data).get(0)).isSameAs(first);
    }

    @Test
    void theElementsOfAnArrayAreConvertedInTheSameArray() {
        Object reply = read("{\"times\":[0,1795618377]}");
        Object times = ((Map<?, ?>) reply).get("times");

        PlainPaths.convert(reply, "/times/*", Conversion.TIMESTAMP);

        assertThat(((Map<?, ?>) reply).get("times")).isSameAs(times);
        assertThat((List<Object>) times).containsExactly(null, "2026-11-25T14:52:57Z");
    }

    @Test
    void anArrayIndexConvertsThatElementOnly() {
        Object reply = read("[\"1\",\"0\"]");

        PlainPaths.convert(reply, "/1", Conversion.BOOLEAN);

        assertThat((List<Object>) reply).containsExactly("1", false);
    }

    @Test
    void aMapTheReaderDidNotMakeIsLeftAsItIs() {
        Map<String, Object> other = new LinkedHashMap<>();
        other.put("visible", 1L);

        PlainPaths.convert(List.of(other), "/*/visible", Conversion.BOOLEAN);

        assertThat(other).containsEntry("visible", 1L);
    }
}
