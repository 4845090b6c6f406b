package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PointersTest {
    @Test
    void tokensAreTheSegmentsBetweenSlashesEmptyOnesIncluded() {
        assertThat(Pointers.tokens("/groups/*/name")).containsExactly("groups", "*", "name");
        assertThat(Pointers.tokens("/")).containsExactly("");
        assertThat(Pointers.tokens("/a//b/")).containsExactly("a", "", "b", "");
        assertThat(Pointers.tokens("")).isEmpty();
    }

    @Test
    void escapedSlashAndTildeAreUnescapedOnce() {
        assertThat(Pointers.tokens("/a~1b/c~0d/~01")).containsExactly("a/b", "c~d", "~1");
    }

    @Test
    void aPointerWithoutLeadingSlashIsRefused() {
        assertThatThrownBy(() -> Pointers.tokens("groups")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'groups'");
    }

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
