package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointersTest {
    @Test
    void aWildcardNamesEveryElementAndTheLastTokenNeedNotExist() {
        var tree = JsonValues.MAPPER.readTree("{\"groups\":[{\"name\":\"A\"},{}],\"x\":1}");
        assertThat(Pointers.slots(tree, "/groups/*/description")).extracting(Pointers.Slot::key)
                .containsExactly("description", "description");
        assertThat(Pointers.slots(tree, "/groups/1")).extracting(Pointers.Slot::key).containsExactly("1");
        assertThat(Pointers.slots(tree, "/groups/2")).isEmpty();
        assertThat(Pointers.slots(tree, "/x/y")).isEmpty();
        assertThat(Pointers.slots(tree, "")).isEqualTo(List.of());
    }
}
