package io.moodleconnector.moodle.compose;

import io.moodleconnector.moodle.call.CallScope;
import io.moodleconnector.catalogue.model.EnsureDefinition;
import io.moodleconnector.catalogue.model.EnsureStep;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.PartialFailureException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs one call of an ensure method ({@link EnsureDefinition}): its find steps, then, for what was not found, its
 * create step, each through {@link ComposedExecutor#execute} exactly as a caller would run that method. The input
 * is validated against the ensure method's own schema first, so bad input sends nothing.
 *
 * <p>A create whose outcome is {@link Outcome#UNKNOWN} (it may have been applied) is followed by the find steps once
 * more: when they find the record now, it was created by this call. With {@code each}, every element ends as an
 * item: done ({@code created} true or false), or as the create method reported it; when some are done and others
 * not, the error is a {@link PartialFailureException} whose items say which were created. One instance per call.
 */
final class EnsureRun {
    private final ComposedExecutor composed;
    /** The caller's call: every step runs within its deadline and cancellation, and reports to its listeners. */
    private final CallScope call;
    private final MethodDefinition method;
    private final EnsureDefinition ensure;
    private final Connection connection;
    private final List<Map<String, Object>> warnings = new ArrayList<>();
    private int requests;

    EnsureRun(ComposedExecutor composed, MethodDefinition method, Connection connection,
              CallScope call) {
        this.call = call;
        this.composed = composed;
        this.method = method;
        this.ensure = method.ensure();
        this.connection = connection;
    }

    MethodResult run(Map<String, Object> input) {
        composed.validate(method, input);
        return ensure.batch() ? runEach(input) : runOne(input);
    }

    private MethodResult runOne(Map<String, Object> input) {
        Object found = find(input);
        if (found != null) {
            return new MethodResult(outcome(false, found), warnings, List.of(), requests);
        }
        Object created = createOne(input);
        return new MethodResult(outcome(true, created), warnings, List.of(), requests);
    }

    @SuppressWarnings("unchecked")
    private Object createOne(Map<String, Object> input) {
        Object createInput = PlainPointers.build(ensure.create().input(), input, false);
        try {
            return call(ensure.create().method(), (Map<String, Object>) createInput).data();
        } catch (ConnectorException e) {
            if (e.outcome() == Outcome.UNKNOWN) {
                Object now = findAgain(input, e);
                if (now != null) {
                    return now; // the write reached Moodle after all: created by this call
                }
            }
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private MethodResult runEach(Map<String, Object> input) {
        List<Object> elements = (List<Object>) PlainPointers.at(input, ensure.each());
        Object[] records = new Object[elements.size()];
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            records[i] = find(elements.get(i));
            if (records[i] == null) {
                missing.add(i);
            }
        }
        ItemOutcome[] items = new ItemOutcome[elements.size()];
        for (int i = 0; i < elements.size(); i++) {
            if (records[i] != null) {
                items[i] = ItemOutcome.done(i, outcome(false, records[i]));
            }
        }
        if (!missing.isEmpty()) {
            List<Object> toCreate = missing.stream().map(elements::get).toList();
            try {
                MethodResult created = call(ensure.create().method(),
                        PlainPointers.withArray(input, ensure.each(), toCreate));
                for (int k = 0; k < missing.size(); k++) {
                    items[missing.get(k)] = ItemOutcome.done(missing.get(k),
                            outcome(true, createdRecord(created, k, toCreate.get(k))));
                }
            } catch (PartialFailureException p) {
                requests += p.partialResult().requests();
                remap(p.partialResult().items(), missing, toCreate, items);
                settleUnknown(elements, items);
                throw partial(items, p.getCause() instanceof ConnectorException c ? c : p);
            } catch (ConnectorException e) {
                for (int i : missing) {
                    items[i] = e.outcome() == Outcome.UNKNOWN ? ItemOutcome.unknown(i, e) : ItemOutcome.failed(i, e);
                }
                settleUnknown(elements, items);
                if (java.util.Arrays.stream(items).noneMatch(i -> i.status() == ItemOutcome.Status.DONE)) {
                    throw e; // nothing was found or done: the create's own error says all there is
                }
                throw partial(items, e);
            }
        }
        List<Object> data = new ArrayList<>();
        for (ItemOutcome item : items) {
            data.add(item.data());
        }
        return new MethodResult(Collections.unmodifiableList(data), warnings, List.of(items), requests);
    }

    /** Elements whose create may have been applied are looked up again: found now means created by this call. */
    private void settleUnknown(List<Object> elements, ItemOutcome[] items) {
        for (int i = 0; i < items.length; i++) {
            if (items[i].status() == ItemOutcome.Status.UNKNOWN) {
                Object now = findAgain(elements.get(i), items[i].error());
                if (now != null) {
                    items[i] = ItemOutcome.done(i, outcome(true, now));
                }
            }
        }
    }

    /** The record of the k-th created element: its per-item result, else the element as sent. */
    private static Object createdRecord(MethodResult created, int k, Object element) {
        if (created.items().size() > k && created.items().get(k).data() != null) {
            return created.items().get(k).data();
        }
        return element;
    }

    private void remap(List<ItemOutcome> createItems, List<Integer> missing, List<Object> toCreate,
                       ItemOutcome[] items) {
        for (ItemOutcome c : createItems) {
            int i = missing.get(c.index());
            items[i] = switch (c.status()) {
                case DONE -> ItemOutcome.done(i, outcome(true, c.data() != null ? c.data() : toCreate.get(c.index())));
                case FAILED -> ItemOutcome.failed(i, c.error());
                case UNKNOWN -> ItemOutcome.unknown(i, c.error());
                case NOT_ATTEMPTED -> ItemOutcome.notAttempted(i);
            };
        }
        for (int k = 0; k < missing.size(); k++) {
            if (items[missing.get(k)] == null) {
                items[missing.get(k)] = ItemOutcome.notAttempted(missing.get(k));
            }
        }
    }

    private PartialFailureException partial(ItemOutcome[] items, ConnectorException cause) {
        long created = java.util.Arrays.stream(items).filter(this::createdByThisCall).count();
        long present = java.util.Arrays.stream(items)
                .filter(i -> i.status() == ItemOutcome.Status.DONE && !createdByThisCall(i)).count();
        List<Object> data = new ArrayList<>();
        for (ItemOutcome item : items) {
            data.add(item.data());
        }
        MethodResult result = new MethodResult(Collections.unmodifiableList(data), warnings, List.of(items), requests);
        return new PartialFailureException(method.id() + " ensured " + (created + present) + " of " + items.length
                + " records (" + created + " created by this call, " + present + " already there); the others were"
                + " not: " + cause.getMessage(), result, cause);
    }

    private boolean createdByThisCall(ItemOutcome item) {
        return item.status() == ItemOutcome.Status.DONE && item.data() instanceof Map<?, ?> m
                && Boolean.TRUE.equals(m.get("created"));
    }

    /** The record the first find step that applies finds, or null. */
    @SuppressWarnings("unchecked")
    private Object find(Object source) {
        for (EnsureStep step : ensure.find()) {
            Object stepInput = PlainPointers.build(step.input(), source, true);
            if (stepInput == null) {
                continue; // a key this input does not give
            }
            Object record = call(step.method(), (Map<String, Object>) stepInput).data();
            if (record != null) {
                return record;
            }
        }
        return null;
    }

    /** The find steps once more after a write of unknown outcome; a failure of theirs keeps the write's error. */
    private Object findAgain(Object source, ConnectorException writeError) {
        try {
            return find(source);
        } catch (ConnectorException again) {
            if (writeError != null && writeError != again) {
                writeError.addSuppressed(again);
            }
            return null;
        }
    }

    private MethodResult call(String methodId, Map<String, Object> input) {
        MethodResult r = composed.execute(composed.method(methodId), input, connection, call);
        requests += r.requests();
        warnings.addAll(r.warnings());
        return r;
    }

    private static Map<String, Object> outcome(boolean created, Object record) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("created", created);
        out.put("record", record);
        return Collections.unmodifiableMap(out);
    }
}
