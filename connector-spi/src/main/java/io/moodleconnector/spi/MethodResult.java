package io.moodleconnector.spi;

import java.util.List;
import java.util.Map;

/**
 * The normalised outcome of a successful {@link Connector#invoke}.
 *
 * <p>{@link #data()} is a plain JSON value shaped by the method's output schema. Functions that return nothing
 * (Moodle answers {@code null}) give {@code {"success": true}}, so a host can always tell a completed write from an
 * empty read. {@link #warnings()} holds the {@code warnings} Moodle put in its reply (each with {@code item},
 * {@code itemid}, {@code warningcode}, {@code message}), lifted out instead of dropped. For batch methods,
 * {@link #items()} has one outcome per input item, in input order; it is empty for other methods.
 *
 * @param data     the normalised data
 * @param warnings Moodle's warnings, possibly empty
 * @param items    per-item outcomes of a batch method, possibly empty
 * @param requests how many HTTP requests the call sent
 */
public record MethodResult(Object data, List<Map<String, Object>> warnings, List<ItemOutcome> items, int requests) {
    public MethodResult {
        warnings = List.copyOf(warnings);
        items = List.copyOf(items);
    }
}
