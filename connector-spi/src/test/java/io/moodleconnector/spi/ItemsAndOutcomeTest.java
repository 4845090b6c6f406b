package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every error carries its batch items; a partial failure's outcome follows from them; CompactMap is a plain Map. */
class ItemsAndOutcomeTest {
    private static final RemoteException TAKEN = new RemoteException("invalidparameter", "taken", null, null);

    @Test
    void anErrorHasNoItemsUntilTheyAreSetOnce() {
        AuthenticationException e = new AuthenticationException("invalidtoken", "refused");
        assertThat(e.items()).isEmpty();
        e.initItems(List.of(ItemOutcome.notAttempted(0)));
        assertThat(e.items()).extracting(ItemOutcome::status).containsExactly(ItemOutcome.Status.NOT_ATTEMPTED);
        assertThatThrownBy(() -> e.initItems(List.of())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPartialFailureWithAnUnknownItemIsUnknownElseApplied() {
        MethodResult unknown = new MethodResult(null, List.of(), List.of(ItemOutcome.done(0, null),
                ItemOutcome.unknown(1, TAKEN)), 2);
        MethodResult applied = new MethodResult(null, List.of(), List.of(ItemOutcome.done(0, null),
                ItemOutcome.failed(1, TAKEN)), 2);
        assertThat(new PartialFailureException("m", unknown, TAKEN).outcome()).isEqualTo(Outcome.UNKNOWN);
        PartialFailureException e = new PartialFailureException("m", applied, TAKEN);
        assertThat(e.outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(e.retriable()).isFalse();
        assertThat(e.items()).isEqualTo(applied.items());
    }

    @Test
    void aCompactMapEqualsTheLinkedHashMapOfItsEntriesInOrder() {
        CompactMap.Keys keys = CompactMap.Keys.of("id", "name");
        CompactMap m = CompactMap.of(keys, new Object[] {1L, "A"});
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("id", 1L);
        expected.put("name", "A");
        assertThat(m).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(m.keySet()).containsExactly("id", "name");
        assertThatThrownBy(() -> m.put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CompactMap.Keys.of("a", "a")).isInstanceOf(IllegalArgumentException.class);
    }
}
