package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The pre-plain-values stage 2, kept whole as the oracle of {@code PlainStageTwoAgreesWithTreeTest}.
 *
 * <p>Was:
 * Stage 3, chunk: the one owner of PHP's {@code max_input_vars} rule. It splits a method's batch array across as few
 * requests as keep every request within the limit, in order, and builds the request of any run of items (for
 * isolation and for resending what a site cut). PHP drops the variables beyond its limit without telling anyone, so
 * a request that would exceed it is never sent. Greedy filling in order gives the minimal number of requests,
 * because every request but the last is full up to the next item. Stateless.
 */
final class TreeChunker {
    /** {@code wstoken}, {@code wsfunction} and {@code moodlewsrestformat}. */
    public static final int PROTOCOL_FIELDS = 3;

    private TreeChunker() {
    }

    /**
     * One request's share of the batch.
     *
     * @param params the request's parameters: every non-batch parameter plus this chunk's items
     * @param first  the index, in the whole batch, of the chunk's first item
     * @param count  how many items the chunk carries
     */
    public record Chunk(JsonNode params, int first, int count) {
    }

    /**
     * The chunks for these parameters: one chunk holding everything when the method has no batch or the batch
     * array is absent.
     *
     * @param batchPointer pointer of the batch array in the parameters, or null
     * @throws InvalidInputException when a single item alone, or a request without a batch, cannot fit
     */
    public static List<Chunk> chunk(JsonNode params, String batchPointer, int maxInputVars) {
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
    public static Plan plan(JsonNode params, String batchPointer, int maxInputVars) {
        Plan plan = plan(params, batchPointer);
        plan.check(maxInputVars);
        return plan;
    }

    /** The plan of a call's requests, not yet checked against a limit (see {@link Plan#check}). */
    public static Plan plan(JsonNode params, String batchPointer) {
        JsonNode batch = batchPointer == null ? null : params.at(batchPointer);
        if (batch == null || !batch.isArray() || batch.isEmpty()) {
            return new Plan(params, null, null, PROTOCOL_FIELDS + TreeFlattener.count(params), new int[0]);
        }
        int[] cost = new int[batch.size()];
        for (int i = 0; i < cost.length; i++) {
            cost[i] = TreeFlattener.countValue(batch.get(i));
        }
        int fixed = PROTOCOL_FIELDS + TreeFlattener.countWithout(params, batch); // the items are not walked twice
        return new Plan(params, batchPointer, batch, fixed, cost);
    }

    /**
     * The requests of one call: its parameters, the batch array in them (if any), what each item costs in form
     * variables. One per call; not thread-safe ({@link #params} builds a fresh tree per request, sharing the items'
     * nodes, which nothing changes once mapped).
     */
    public static final class Plan {
        private final JsonNode params;
        private final String pointer;
        private final JsonNode batch;
        private final int fixed;
        private final int[] cost;
        private JsonNode withoutBatch;

        private Plan(JsonNode params, String pointer, JsonNode batch, int fixed, int[] cost) {
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
        public JsonNode params(int from, int to) {
            if (batch == null || from == 0 && to == cost.length) {
                return params;
            }
            if (withoutBatch == null) {
                withoutBatch = params.deepCopy();
                TreePointers.slots(withoutBatch, pointer).get(0).set(JsonNodeFactory.instance.nullNode());
            }
            JsonNode copy = withoutBatch.deepCopy();
            ArrayNode items = JsonNodeFactory.instance.arrayNode(to - from);
            for (int i = from; i < to; i++) {
                items.add(batch.get(i));
            }
            TreePointers.slots(copy, pointer).get(0).set(items);
            return copy;
        }
    }

    private static InvalidInputException tooBig(String pointer, int index, int vars, int max) {
        return new InvalidInputException(List.of(new Violation(pointer + "/" + index,
                "this item alone needs a request of " + vars + " form variables, more than the connection's"
                        + " maxInputVars of " + max + " (the site's PHP max_input_vars); raise the option if the"
                        + " site allows more, or send less in one item", "maxInputVars")));
    }
}
