package io.moodleconnector.moodle.compose;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.model.MatchCondition;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** output.match keeps exact matches only; the comparison is as text, case-folded only when asked. */
class ExactMatchTest {
    private static final List<Object> USERS = List.of(Map.of("id", 6L, "email", "a_b@x.org"),
            Map.of("id", 7L, "email", "axb@x.org"), Map.of("id", 8L, "email", "A_B@X.org"));

    private static List<Object> ids(Object users) {
        return ((List<?>) users).stream().map(u -> (Object) ((Map<?, ?>) u).get("id")).toList();
    }

    @Test
    void aCaseSensitiveConditionKeepsOnlyTheIdenticalValue() {
        Object kept = ExactMatch.filter(List.of(new MatchCondition("/email", "/email", false)), USERS,
                Map.of("email", "a_b@x.org"));
        assertThat(ids(kept)).containsExactly(6L);
    }

    @Test
    void ignoreCaseKeepsEveryCaseVariantButNoNearMiss() {
        Object kept = ExactMatch.filter(List.of(new MatchCondition("/email", "/email", true)), USERS,
                Map.of("email", "A_b@x.ORG"));
        assertThat(ids(kept)).containsExactly(6L, 8L);
    }

    @Test
    void aNumberMatchesTheSameNumberWhateverItsJavaType() {
        Object kept = ExactMatch.filter(List.of(new MatchCondition("", "/userid", false)), List.of(6L, 7L),
                Map.of("userid", 7));
        assertThat(kept).isEqualTo(List.of(7L));
    }

    @Test
    void aConditionWhoseInputIsAbsentDoesNotApply() {
        assertThat(ExactMatch.filter(List.of(new MatchCondition("/email", "/email", false)), USERS, Map.of()))
                .isSameAs(USERS);
    }
}
