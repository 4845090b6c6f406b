package io.moodleconnector.host.demo;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * An expectation about a step's normalised result data, with the sentence that describes it.
 *
 * @param description what must hold, e.g. {@code a course with shortname LAB101}
 * @param test        the test on the data (plain JSON values)
 */
public record Expect(String description, Predicate<Object> test) {
    public Expect {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(test, "test");
    }

    public Expect and(Expect other) {
        return new Expect(description + "; " + other.description, test.and(other.test));
    }

    /** Moodle answered nothing, which the connector normalises to {@code {"success": true}}. */
    static Expect success() {
        return new Expect("the write completed ({\"success\":true})",
                d -> d instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("success")));
    }

    /** The data is a list of exactly {@code n} elements. */
    static Expect size(int n) {
        return new Expect(n + " result(s)", d -> d instanceof List<?> l && l.size() == n);
    }

    /** The data (a list, or an object holding {@code listKey}) has an element whose {@code key} equals {@code value}. */
    static Expect hasItem(String key, Object value) {
        return new Expect("an entry with " + key + " = " + value,
                d -> Values.list(d).stream().anyMatch(e -> Values.same(Values.field(e, key), value)));
    }

    /** The data is an object whose {@code key} equals {@code value}. */
    static Expect field(String key, Object value) {
        return new Expect(key + " = " + value, d -> Values.same(Values.field(d, key), value));
    }
}
