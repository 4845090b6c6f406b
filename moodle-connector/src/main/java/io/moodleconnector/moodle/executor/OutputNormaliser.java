package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.Conversion;
import io.moodleconnector.catalogue.model.OutputMapping;
import io.moodleconnector.spi.RemoteException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Stage 7, normalise: Moodle's reply, as plain values just read by {@link PlainJsonReader}, to the method's result
 * by its {@link OutputMapping}: the data selected, the conversions applied, Moodle's top-level {@code warnings}
 * lifted out, and {@code single} taken. Stateless.
 *
 * <p>Converts <b>in place</b>: the reply must be one just read for this call and not yet handed to anyone (a large
 * reply is then never copied); what it returns is unmodifiable from then on.
 */
public final class OutputNormaliser {
    private static final Map<String, Object> SUCCESS = Map.of("success", true);

    private OutputNormaliser() {
    }

    /**
     * One reply, normalised up to but not including {@code single} (so batch chunks can be merged first).
     *
     * @param data     the selected, converted data; {@code {"success": true}} for a {@code null} reply
     * @param warnings Moodle's top-level warnings
     */
    public record Normalised(Object data, List<Map<String, Object>> warnings) {
    }

    /** Selects and converts the data of one reply, and lifts its warnings. */
    public static Normalised normalise(OutputMapping mapping, Object reply) {
        List<Map<String, Object>> warnings = warnings(reply);
        if (reply == null) {
            return new Normalised(SUCCESS, warnings);
        }
        Object data = PlainPaths.at(reply, mapping.data());
        for (Map.Entry<String, Conversion> c : mapping.convert().entrySet()) {
            data = PlainPaths.convert(data, c.getKey(), c.getValue());
        }
        return new Normalised(data, warnings);
    }

    /** Each element of a top-level {@code warnings} array, an empty map for one that is not an object. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> warnings(Object reply) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (reply instanceof Map<?, ?> m && m.get("warnings") instanceof List<?> list) {
            for (Object w : list) {
                out.add(w instanceof Map<?, ?> wm ? (Map<String, Object>) wm : Map.of());
            }
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * {@code single}: the one element of a list, or null when it is empty; other values as they are. More than one
     * element is an error, not "the first": Moodle matches e-mail criteria with SQL LIKE, so a {@code _} in an
     * address can match several accounts, and picking one of them would hand the caller the wrong user.
     *
     * @throws RemoteException with errorcode {@code ambiguousresult} when the list has more than one element
     */
    public static Object single(Object data, String methodId) {
        if (!(data instanceof List<?> list)) {
            return data;
        }
        if (list.size() > 1) {
            throw new RemoteException("ambiguousresult", methodId + " promises at most one record, but Moodle answered "
                    + list.size() + "; narrow the input (Moodle matches e-mail addresses with SQL LIKE, where _ and %"
                    + " are wildcards), or use a method that lists", null, null);
        }
        return list.isEmpty() ? null : list.get(0);
    }
}
