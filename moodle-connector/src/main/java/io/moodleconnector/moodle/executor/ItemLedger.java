package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What became of every item of one call, whatever order its requests were answered in: each index is recorded once
 * (done with its result, failed, unknown), and whatever is left unrecorded at the end was not attempted. Also keeps
 * the data of requests whose reply is not one result per item, by their first item. One per call; not thread-safe.
 */
final class ItemLedger {
    private final ItemOutcome.Status[] status;
    private final Object[] results;
    private final ConnectorException[] errors;
    private final Map<Integer, Object> parts = new TreeMap<>();
    private int doneCount;

    ItemLedger(int items) {
        status = new ItemOutcome.Status[items];
        results = new Object[items];
        errors = new ConnectorException[items];
    }

    int size() {
        return status.length;
    }

    void done(int index, Object result) {
        record(index, ItemOutcome.Status.DONE, result, null);
    }

    void failed(int from, int to, ConnectorException error) {
        for (int i = from; i < to; i++) {
            record(i, ItemOutcome.Status.FAILED, null, error);
        }
    }

    void unknown(int from, int to, ConnectorException error) {
        for (int i = from; i < to; i++) {
            record(i, ItemOutcome.Status.UNKNOWN, null, error);
        }
    }

    /** The data of a request whose reply is not one result per item (or of a call without a batch). */
    void part(int first, Object data) {
        parts.put(first, data);
    }

    private void record(int index, ItemOutcome.Status s, Object result, ConnectorException error) {
        if (status[index] != null) {
            throw new IllegalStateException("item " + index + " was already " + status[index]); // a bug of ours
        }
        status[index] = s;
        if (s == ItemOutcome.Status.DONE) {
            doneCount++;
        }
        results[index] = result;
        errors[index] = error;
    }

    long count(ItemOutcome.Status s) {
        return Arrays.stream(status).filter(x -> x == s || x == null && s == ItemOutcome.Status.NOT_ATTEMPTED)
                .count();
    }

    boolean allDone() {
        return doneCount == status.length; // asked after every call: no pass over the items for it
    }

    /** Every item's outcome, in input order; unrecorded items are not attempted. */
    List<ItemOutcome> items() {
        List<ItemOutcome> out = new ArrayList<>(status.length);
        for (int i = 0; i < status.length; i++) {
            ItemOutcome.Status s = status[i] == null ? ItemOutcome.Status.NOT_ATTEMPTED : status[i];
            out.add(new ItemOutcome(i, s, results[i], errors[i]));
        }
        return out;
    }

    /** The results of the done items, in input order (one per item). */
    Object perItemData() {
        List<Object> out = new ArrayList<>(status.length);
        for (int i = 0; i < status.length; i++) {
            if (status[i] == ItemOutcome.Status.DONE) {
                out.add(results[i]);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The requests' data as one: lists concatenated in input order, else the last request's data; or null. */
    Object mergedParts() {
        if (parts.isEmpty()) {
            return null;
        }
        if (parts.size() == 1 || !parts.values().stream().allMatch(p -> p instanceof List<?>)) {
            Object last = null;
            for (Object p : parts.values()) {
                last = p;
            }
            return last;
        }
        List<Object> all = new ArrayList<>();
        parts.values().forEach(p -> all.addAll((List<?>) p));
        return Collections.unmodifiableList(all);
    }
}
