package io.moodleconnector.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every error carries its batch items; a partial failure's outcome follows from them; CompactMap is a plain Map that
 * only its editor changes.
 */
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

    @Test
    void anEditorChangesTheValuesOfMapsOfItsKeysAndTheElementsOfItsLists() {
        CompactMap.Editor editor = new CompactMap.Editor();
        CompactMap m = CompactMap.of(editor.keys("id", "when"), new Object[] {1L, 0L});
        List<Object> list = editor.list(new Object[] {m, null});
        editor.set(m, 1, "1970-01-01T00:00:00Z");
        editor.set(list, 1, "x");
        assertThat(list).containsExactly(Map.of("id", 1L, "when", "1970-01-01T00:00:00Z"), "x");
        assertThat(editor.owns(m) && editor.owns(list)).isTrue();
        assertThatThrownBy(() -> list.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEditorCannotChangeWhatItDidNotMake() {
        CompactMap.Editor editor = new CompactMap.Editor();
        CompactMap made = CompactMap.of(CompactMap.Keys.of("id"), new Object[] {1L});
        CompactMap madeByAnother = CompactMap.of(new CompactMap.Editor().keys("id"), new Object[] {1L});
        assertThat(editor.owns(made) || editor.owns(madeByAnother) || editor.owns(List.of(1L))).isFalse();
        assertThatThrownBy(() -> editor.set(made, 0, 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> editor.set(madeByAnother, 0, 2L)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> editor.set(new java.util.ArrayList<>(List.of(1L)), 0, 2L))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(made).containsEntry("id", 1L);
    }
}
