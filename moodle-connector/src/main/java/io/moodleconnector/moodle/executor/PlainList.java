package io.moodleconnector.moodle.executor;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * A JSON array of a reply as an unmodifiable {@code List<Object>} over one exactly sized array (nulls allowed, as
 * JSON allows them). Equality and hash code are those of any {@link java.util.List}.
 *
 * <p>Immutable once published: {@link #replace} is used only by the executor on a reply it has just read and not
 * yet handed out. Thread-safe after that.
 */
final class PlainList extends AbstractList<Object> implements RandomAccess {
    private final Object[] elements;

    /** A list of these elements; the array is kept, not copied. */
    PlainList(Object[] elements) {
        this.elements = elements;
    }

    @Override
    public Object get(int index) {
        return elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    /** The elements array itself, for {@link Portable} to hand over; not a copy. */
    Object[] elements() {
        return elements;
    }

    /** Replaces an element in place; only while the reply is being normalised, before anyone else sees it. */
    void replace(int i, Object value) {
        elements[i] = value;
    }
}
