package io.moodleconnector.spi;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A JSON array of a result as an unmodifiable {@code List<Object>} over one exactly sized array (nulls allowed, as
 * JSON allows them), made by a {@link CompactMap.Editor}, the only one that may change it, and only before handing
 * it over. Equality and hash code are those of any {@link java.util.List}. Not public: a holder sees a {@code List}.
 */
final class CompactList extends AbstractList<Object> implements RandomAccess {
    final Object[] elements;
    final CompactMap.Editor editor;

    CompactList(Object[] elements, CompactMap.Editor editor) {
        this.elements = elements;
        this.editor = editor;
    }

    @Override
    public Object get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }
}
