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

    @Test
    void identityMappingSendsTheInputAsItIs() {
        assertThat(RequestMapper.map(RequestMapping.IDENTITY, json("{\"a\":1}"))).isEqualTo(json("{\"a\":1}"));
    }

    @Test
    void templateReferencesAreReplacedAndAbsentOnesLeftOut() {
        RequestMapping m = new RequestMapping(json("{\"groups\":[{\"$input\":\"\"}],"
                + "\"options\":{\"ids\":{\"$input\":\"/ids\"},\"x\":{\"$input\":\"/missing\"}}}"), Map.of(), List.of());
        assertThat(RequestMapper.map(m, json("{\"ids\":[1],\"n\":\"A\"}")))
                .isEqualTo(json("{\"groups\":[{\"ids\":[1],\"n\":\"A\"}],\"options\":{\"ids\":[1]}}"));
    }

    @Test
    void defaultsFillEveryArrayItemThatLacksTheValue() {
        RequestMapping m = new RequestMapping(null, Map.of("/groupings/*/idnumber", json("\"\"")), List.of());
        assertThat(RequestMapper.map(m, json("{\"groupings\":[{\"idnumber\":\"X\"},{}]}")))
                .isEqualTo(json("{\"groupings\":[{\"idnumber\":\"X\"},{\"idnumber\":\"\"}]}"));
    }

    @Test
    void asTextTurnsNumbersIntoStrings() {
        RequestMapping m = new RequestMapping(null, Map.of(), List.of("/groups/*/visibility"));
        assertThat(RequestMapper.map(m, json("{\"groups\":[{\"visibility\":2}]}")))
                .isEqualTo(json("{\"groups\":[{\"visibility\":\"2\"}]}"));
    }

    @Test
    void theInputIsNotMutated() {
        JsonNode input = json("{\"groups\":[{}]}");
        RequestMapper.map(new RequestMapping(null, Map.of("/groups/*/d", json("\"\"")), List.of()), input);
        assertThat(input).isEqualTo(json("{\"groups\":[{}]}"));
    }
}
