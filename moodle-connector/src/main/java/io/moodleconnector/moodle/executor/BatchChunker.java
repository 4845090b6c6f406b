package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3, chunk: the one owner of PHP's {@code max_input_vars} rule. It splits a method's batch array across as few
 * requests as keep every request within the limit, in order, and builds the request of any run of items (for
 * isolation and for resending what a site cut). PHP drops the variables beyond its limit without telling anyone, so
 * a request that would exceed it is never sent. Greedy filling in order gives the minimal number of requests,
 * because every request but the last is full up to the next item. Stateless.
 */
public final class BatchChunker {
    /** {@code wstoken}, {@code wsfunction} and {@code moodlewsrestformat}. */
    public static final int PROTOCOL_FIELDS = 3;

    private BatchChunker() {
    }

    /**
     * One request's share of the batch.
     *
     * @param params the request's parameters ({@link PlainValues}): every non-batch parameter plus this chunk's items
     * @param first  the index, in the whole batch, of the chunk's first item
     * @param count  how many items the chunk carries
     */
    public record Chunk(Object params, int first, int count) {
    }

    /**
     * The chunks for these parameters: one chunk holding everything when the method has no batch or the batch
     * array is absent.
     *
     * @param batchPointer pointer of the batch array in the parameters, or null
     * @throws InvalidInputException when a single item alone, or a request without a batch, cannot fit
     */
    public static List<Chunk> chunk(Object params, String batchPointer, int maxInputVars) {
        Plan plan = plan(params, batchPointer, maxInputVars);
        if (plan.items() == 0) {
            return List.of(new Chunk(params, 0, 0));
        }
        return plan.ranges(0, plan.items(), maxInputVars).stream()
                .map(r -> new Chunk(plan.params(r[0], r[1]), r[0], r[1] - r[0])).toList();
    }

    /**
     * The plan of a call's requests, checked against {@code maxInputVars}.
     *
     * @param batchPointer pointer of the batch array in the parameters, or null
     * @throws InvalidInputException when a single item alone, or a request without a batch, cannot fit
     */
    public static Plan plan(Object params, String batchPointer, int maxInputVars) {
        Plan plan = plan(params, batchPointer);
        plan.check(maxInputVars);
        return plan;
    }

    /** The plan of a call's requests, not yet checked against a limit (see {@link Plan#check}). */
    public static Plan plan(Object params, String batchPointer) {
        Object found = batchPointer == null ? null : PlainValues.at(params, batchPointer);
        if (!(found instanceof List<?> batch) || batch.isEmpty()) {
            return new Plan(params, null, null, PROTOCOL_FIELDS + FormFlattener.count(params), new int[0]);
        }
        int[] cost = new int[batch.size()];
        int i = 0;
        for (Object item : batch) {
            cost[i++] = FormFlattener.countValue(item);
        }
        int fixed = PROTOCOL_FIELDS + FormFlattener.countWithout(params, batch); // the items are not walked twice
        return new Plan(params, batchPointer, batch, fixed, cost);
    }

    /**
     * The requests of one call: its parameters, the batch array in them (if any), what each item costs in form
     * variables. One per call; immutable, and its parameters are never changed ({@link #params} copies the maps
     * and lists on the way to the batch array, and shares the items).
     */
    public static final class Plan {
        private final Object params;
        private final String pointer;
        private final List<?> batch;
        private final int fixed;
        private final int[] cost;

        private Plan(Object params, String pointer, List<?> batch, int fixed, int[] cost) {
            this.params = params;
            this.pointer = pointer;
            this.batch = batch;
            this.fixed = fixed;
            this.cost = cost;
        }

        /**
         * Checks that every request can be made within {@code maxInputVars}.
         *
         * @throws InvalidInputException when one item alone, or a call without a batch, needs more
         */
        public void check(int maxInputVars) {
            if (batch == null && fixed > maxInputVars) {
                throw new InvalidInputException(List.of(new Violation("", "the input needs " + fixed + " form"
                        + " variables, more than the connection's maxInputVars of " + maxInputVars + " (PHP would"
                        + " silently drop the rest); send less at once or raise the option if the site allows more",
                        "maxInputVars")));
            }
            for (int i = 0; i < cost.length; i++) {
                if (fixed + cost[i] > maxInputVars) {
                    throw tooBig(pointer, i, fixed + cost[i], maxInputVars);
                }
            }
        }

        /** How many batch items there are; 0 for a method without a batch (one request, no items). */
        public int items() {
            return cost.length;
        }

        /** The pointer of the batch array in the parameters, or null. */
        public String pointer() {
            return pointer;
        }

        /** The form variables of a request carrying items {@code from} (inclusive) to {@code to} (exclusive). */
        public int vars(int from, int to) {
            int n = fixed;
            for (int i = from; i < to; i++) {
                n += cost[i];
            }
            return n;
        }

        /** The end (exclusive) of the greedy run of at most {@code maxInputVars} that starts at {@code from}. */
        public int runEnd(int from, int to, int maxInputVars) {
            int used = fixed;
            for (int i = from; i < to; i++) {
                if (i > from && used + cost[i] > maxInputVars) {
                    return i;
                }
                used += cost[i];
            }
            return to;
        }

        /** Items {@code from} to {@code to} as greedy runs of at most {@code maxInputVars} each: {@code [from, to)}. */
        public List<int[]> ranges(int from, int to, int maxInputVars) {
            List<int[]> out = new ArrayList<>();
            int first = from;
            int used = fixed;
            for (int i = from; i < to; i++) {
                if (i > first && used + cost[i] > maxInputVars) {
                    out.add(new int[] {first, i});
                    first = i;
                    used = fixed;
                }
                used += cost[i];
            }
            out.add(new int[] {first, to});
            return out;
        }

        /** The parameters of a request carrying items {@code from} to {@code to}; all of them as they are. */
        public Object params(int from, int to) {
            if (batch == null || from == 0 && to == cost.length) {
                return params;
            }
            List<Object> items = new ArrayList<>(batch.subList(from, to));
            return PlainValues.update(params, pointer, whole -> items);
        }
    }

    private static InvalidInputException tooBig(String pointer, int index, int vars, int max) {
        return new InvalidInputException(List.of(new Violation(pointer + "/" + index,
                "this item alone needs a request of " + vars + " form variables, more than the connection's"
                        + " maxInputVars of " + max + " (the site's PHP max_input_vars); raise the option if the"
                        + " site allows more, or send less in one item", "maxInputVars")));
    }
}
