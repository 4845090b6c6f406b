package io.moodleconnector.catalogue.model;

import java.util.List;
import java.util.Objects;

/**
 * An <em>ensure</em> method: "find with method A, else call method B", so that a flow re-run after a failure does
 * not create the same thing twice. The method sends nothing itself; each step is another catalogue method, run
 * exactly as a caller would run it.
 *
 * <p>Without {@code each}, the find steps are tried in order and the first whose result is not null is the record
 * ({@code created: false}); a step is skipped when one of its sources is absent, null or empty text in this
 * method's input (an optional key such as an id number that was not given). When none finds anything, the create
 * step runs ({@code created: true}). The result is {@code {"created": true|false, "record": ...}}: the found record,
 * or the create method's result.
 *
 * <p>With {@code each}, the input holds an array of records at that pointer; the find steps run for every element
 * (sources are pointers inside the element), and the create method is called once with this method's input, in
 * which the array at {@code each} holds only the elements nothing was found for (its own batch splits it across
 * requests). The result is one {@code {created, record}} per element, in order, and one item outcome each.
 *
 * @param each   pointer of the array of records in the input, or null for one record
 * @param find   the find steps, tried in order; each names a method that promises one record or null
 * @param create the step run when nothing was found
 */
public record EnsureDefinition(String each, List<EnsureStep> find, EnsureStep create) {
    public EnsureDefinition {
        find = List.copyOf(find);
        Objects.requireNonNull(create, "create");
    }

    /** Whether this ensures an array of records rather than one. */
    public boolean batch() {
        return each != null;
    }
}
