package io.moodleconnector.moodle.executor;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Stage 3, chunk: splits a method's batch array across as few requests as keep every request within PHP's
 * {@code max_input_vars}, in order. PHP drops the variables beyond its limit without telling anyone, so a request
 * that would exceed it is never sent. Greedy filling in order gives the minimal number of requests, because every
 * request but the last is full up to the next item. Stateless.
 */
public final class BatchChunker {
    /** {@code wstoken}, {@code wsfunction} and {@code moodlewsrestformat}. */
    public static final int PROTOCOL_FIELDS = 3;

    private BatchChunker() {
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
     * @throws InvalidInputException when a single item alone cannot fit in one request
     */
    public static List<Chunk> chunk(JsonNode params, String batchPointer, int maxInputVars) {
        JsonNode batch = batchPointer == null ? null : params.at(batchPointer);
        if (batch == null || !batch.isArray() || batch.isEmpty()) {
            return List.of(new Chunk(params, 0, 0));
        }
        // Everything fits in one request (every single-record call, most batches): the chunk is the parameters as
        // they are, without the copies splitting needs. Each item then fits too, so nothing is too big.
        if (PROTOCOL_FIELDS + FormFlattener.count(params) <= maxInputVars) {
            return List.of(new Chunk(params, 0, batch.size()));
        }
        JsonNode withoutBatch = params.deepCopy();
        Pointers.slots(withoutBatch, batchPointer).get(0).set(JsonNodeFactory.instance.nullNode());
        int fixed = PROTOCOL_FIELDS + FormFlattener.count(withoutBatch);
        int room = maxInputVars - fixed;

        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        int used = 0;
        for (int i = 0; i < batch.size(); i++) {
            int cost = FormFlattener.countValue(batch.get(i));
            if (cost > room) {
                throw tooBig(batchPointer, i, fixed + cost, maxInputVars);
            }
            if (used + cost > room) {
                chunks.add(build(withoutBatch, batchPointer, batch, first, i));
                first = i;
                used = 0;
            }
            used += cost;
        }
        chunks.add(build(withoutBatch, batchPointer, batch, first, batch.size()));
        return chunks;
    }

    private static Chunk build(JsonNode withoutBatch, String pointer, JsonNode batch, int from, int to) {
        JsonNode params = withoutBatch.deepCopy();
        ArrayNode items = JsonNodeFactory.instance.arrayNode();
        for (int i = from; i < to; i++) {
            items.add(batch.get(i).deepCopy());
        }
        Pointers.slots(params, pointer).get(0).set(items);
        return new Chunk(params, from, to - from);
    }

    private static InvalidInputException tooBig(String pointer, int index, int vars, int max) {
        return new InvalidInputException(List.of(new Violation(pointer + "/" + index,
                "this item alone needs a request of " + vars + " form variables, more than the connection's"
                        + " maxInputVars of " + max + " (the site's PHP max_input_vars); raise the option if the"
                        + " site allows more, or send less in one item", "maxInputVars")));
    }
}
