package io.moodleconnector.moodle.compose;

import io.moodleconnector.catalogue.model.MatchCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code output.match}: keeps the elements of a data array that equal the caller's input exactly. Moodle's
 * {@code core_user_get_users} compares {@code email}, {@code firstname} and {@code lastname} with a case-insensitive
 * SQL LIKE that escapes nothing (moodle/moodle {@code user/externallib.php}, {@code core_user_external::get_users}:
 * {@code $DB->sql_like($criteria['key'], ..., false)}), so {@code a_b@x.org} also finds {@code axb@x.org}; this
 * filter removes such near misses. Values compare as text. Stateless.
 */
final class ExactMatch {
    private ExactMatch() {
    }

    /** The elements of {@code data} meeting every condition; data that is not a list is returned as it is. */
    static Object filter(List<MatchCondition> conditions, Object data, Object input) {
        if (!(data instanceof List<?> list) || conditions.isEmpty()) {
            return data;
        }
        List<Object> kept = new ArrayList<>();
        for (Object element : list) {
            if (conditions.stream().allMatch(c -> meets(c, element, input))) {
                kept.add(element);
            }
        }
        return kept.size() == list.size() ? data : List.copyOf(kept);
    }

    private static boolean meets(MatchCondition c, Object element, Object input) {
        Object wanted = PlainPointers.at(input, c.input());
        if (wanted == null) {
            return true; // not given: the condition does not apply
        }
        Object actual = PlainPointers.at(element, c.field());
        if (actual == null) {
            return false;
        }
        String a = actual.toString();
        String w = wanted.toString();
        return c.ignoreCase() ? a.toLowerCase(Locale.ROOT).equals(w.toLowerCase(Locale.ROOT)) : a.equals(w);
    }
}
