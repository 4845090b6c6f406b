package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.transport.FormBodies;
import io.moodleconnector.moodle.transport.FormWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormFlattenerTest {
    private static Object plain(String json) {
        return PlainValues.fromTree(JsonValues.MAPPER.readTree(json));
    }

    private static List<String> flat(String json) {
        FormWriter out = new FormWriter(1);
        FormFlattener.write(plain(json), out);
        return FormBodies.fields(out.finish());
    }

    @Test
    void nestedObjectsAndArraysUseBracketedKeys() {
        assertThat(flat("{\"users\":[{\"customfields\":[{\"type\":\"x\"}]}],\"options\":{\"ids\":[5]}}"))
                .containsExactly("users[0][customfields][0][type]=x", "options[ids][0]=5");
    }

    @Test
    void booleansAreOneAndZero() {
        assertThat(flat("{\"a\":true,\"b\":false}")).containsExactly("a=1", "b=0");
    }

    @Test
    void numbersAreCanonicalWithoutExponentOrTrailingZeros() {
        assertThat(flat("{\"a\":2.0,\"b\":1e3,\"c\":-0.50,\"d\":12345678901234567890,\"e\":0.0,\"f\":1.5e-7}"))
                .containsExactly("a=2", "b=1000", "c=-0.5", "d=12345678901234567890", "e=0", "f=0.00000015");
    }

    @Test
    void nullsAndEmptyContainersAreLeftOut() {
        assertThat(flat("{\"a\":null,\"b\":[],\"c\":{},\"d\":[{}],\"e\":\"\"}")).containsExactly("e=");
    }

    @Test
    void arrayIndexesAreRenumberedOverWhatIsSent() {
        assertThat(flat("{\"ids\":[null,3,null,4]}")).containsExactly("ids[0]=3", "ids[1]=4");
    }

    @Test
    void countIsTheNumberOfFieldsFlattenMakes() {
        for (String json : List.of("{}", "{\"a\":null,\"b\":[],\"c\":{}}", "{\"a\":[1,null,{\"x\":true,\"y\":null}],\"b\":\"t\"}",
                "{\"users\":[{\"customfields\":[{\"type\":\"x\",\"value\":2.5}]},{}],\"options\":{\"ids\":[5,6]}}")) {
            assertThat(FormFlattener.count(plain(json))).as(json).isEqualTo(flat(json).size());
        }
    }

    @Test
    void aValueCountsItsLeavesWhereverItIsPlaced() {
        assertThat(FormFlattener.countValue(plain("{\"a\":[1,{\"b\":null,\"c\":0}],\"d\":\"\"}")))
                .isEqualTo(3);
    }
}
