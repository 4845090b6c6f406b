package io.moodleconnector.catalogue.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPointersTest {
    @Test
    void tokensAreTheSegmentsBetweenSlashesEmptyOnesIncluded() {
        assertThat(JsonPointers.tokens("/groups/*/name")).containsExactly("groups", "*", "name");
        assertThat(JsonPointers.tokens("/")).containsExactly("");
        assertThat(JsonPointers.tokens("/a//b/")).containsExactly("a", "", "b", "");
        assertThat(JsonPointers.tokens("")).isEmpty();
    }

    @Test
    void escapedSlashAndTildeAreUnescapedOnce() {
        assertThat(JsonPointers.tokens("/a~1b/c~0d/~01")).containsExactly("a/b", "c~d", "~1");
    }

    @Test
    void aPointerWithoutLeadingSlashIsRefused() {
        assertThatThrownBy(() -> JsonPointers.tokens("groups")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'groups'");
    }

    @Test
    void joiningEscapesEachTokenSoSplittingGivesThemBack() {
        List<Object> tokens = List.of("a/b", 0, "c~d");
        assertThat(JsonPointers.of(tokens)).isEqualTo("/a~1b/0/c~0d");
        assertThat(JsonPointers.tokens(JsonPointers.of(tokens))).containsExactly("a/b", "0", "c~d");
    }
}
