package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.model.RequestMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RequestMapperTest {
    private static JsonNode json(String s) {
        return JsonValues.MAPPER.readTree(s);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(String s) {
        return (Map<String, Object>) PlainValues.fromTree(json(s));
    }

    @Test
    void identityMappingSendsTheInputItself() {
        Map<String, Object> input = plain("{\"a\":1}");
        assertThat(RequestMapper.map(RequestMapping.IDENTITY, input)).isSameAs(input);
    }

    @Test
    void templateReferencesAreReplacedAndAbsentOnesLeftOut() {
        RequestMapping m = new RequestMapping(json("{\"groups\":[{\"$input\":\"\"}],"
                + "\"options\":{\"ids\":{\"$input\":\"/ids\"},\"x\":{\"$input\":\"/missing\"}}}"), Map.of(), List.of());
        assertThat(RequestMapper.map(m, plain("{\"ids\":[1],\"n\":\"A\"}")))
                .isEqualTo(plain("{\"groups\":[{\"ids\":[1],\"n\":\"A\"}],\"options\":{\"ids\":[1]}}"));
    }

    @Test
    void defaultsFillEveryArrayItemThatLacksTheValue() {
        RequestMapping m = new RequestMapping(null, Map.of("/groupings/*/idnumber", json("\"\"")), List.of());
        assertThat(RequestMapper.map(m, plain("{\"groupings\":[{\"idnumber\":\"X\"},{}]}")))
                .isEqualTo(plain("{\"groupings\":[{\"idnumber\":\"X\"},{\"idnumber\":\"\"}]}"));
    }

    @Test
    void asTextTurnsNumbersIntoStrings() {
        RequestMapping m = new RequestMapping(null, Map.of(), List.of("/groups/*/visibility"));
        assertThat(RequestMapper.map(m, plain("{\"groups\":[{\"visibility\":2}]}")))
                .isEqualTo(plain("{\"groups\":[{\"visibility\":\"2\"}]}"));
    }

    @Test
    void theInputIsNotMutated() {
        Map<String, Object> input = plain("{\"groups\":[{}]}");
        RequestMapper.map(new RequestMapping(null, Map.of("/groups/*/d", json("\"\"")), List.of()), input);
        assertThat(input).isEqualTo(plain("{\"groups\":[{}]}"));
    }

    @Test
    void anItemThatNeedsNoDefaultIsSharedNotCopied() {
        Map<String, Object> input = plain("{\"groups\":[{\"d\":\"x\"},{}]}");
        Object params = RequestMapper.map(new RequestMapping(null, Map.of("/groups/*/d", json("\"\"")), List.of()),
                input);
        List<?> sent = (List<?>) ((Map<?, ?>) params).get("groups");
        List<?> given = (List<?>) input.get("groups");
        assertThat(sent.get(0)).isSameAs(given.get(0));
        assertThat(sent.get(1)).isNotSameAs(given.get(1)).isEqualTo(Map.of("d", ""));
    }
}
