package io.moodleconnector.moodle.executor;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PartialFailureException;
import io.moodleconnector.spi.RemoteException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sends a batch method's chunks in order and accounts for every item: done (with its result when the method
 * returns one per item), failed, or not attempted. Stops at the first failed chunk; nothing is retried beyond what
 * the transport does for read methods. One instance per call; not thread-safe.
 */
final class BatchRun {
    private final MethodDefinition method;
    private final Connection connection;
    private final Exchange exchange;
    private final List<Object> data = new ArrayList<>();
    private final List<Map<String, Object>> warnings = new ArrayList<>();
    private final List<ItemOutcome> items = new ArrayList<>();

    BatchRun(MethodDefinition method, Connection connection, Exchange exchange) {
        this.method = method;
        this.connection = connection;
        this.exchange = exchange;
    }

    MethodResult run(List<BatchChunker.Chunk> chunks) {
        int total = chunks.stream().mapToInt(BatchChunker.Chunk::count).sum();
        for (int k = 0; k < chunks.size(); k++) {
            BatchChunker.Chunk chunk = chunks.get(k);
            OutputNormaliser.Normalised reply;
            try {
                reply = exchange.run(method, connection, chunk.params());
            } catch (ConnectorException e) {
                exchange.scope().chunkEnd(k, chunks.size(), chunk.first(), chunk.count(), e);
                if (k == 0) {
                    throw e; // nothing was done: the error itself says all there is
                }
                fail(chunk.first(), chunk.first() + chunk.count(), e);
                throw partial(k + 1, total, e, "request " + (k + 1) + " of " + chunks.size() + " failed: "
                        + e.getMessage());
            }
            exchange.scope().chunkEnd(k, chunks.size(), chunk.first(), chunk.count(), null);
            warnings.addAll(reply.warnings());
            int results = accept(chunk, reply.data());
            if (results < chunk.count()) {
                RemoteException missing = new RemoteException("noresult", "Moodle answered with " + results
                        + " results for the " + chunk.count() + " items of request " + (k + 1) + "; the others were"
                        + " probably dropped by the site's PHP max_input_vars: lower the connection's maxInputVars",
                        null, null);
                fail(chunk.first() + results, chunk.first() + chunk.count(), missing);
                throw partial(k + 1, total, missing, missing.getMessage());
            }
        }
        return new MethodResult(plainData(), warnings, items, chunks.size());
    }

    /** Records a chunk's done items; returns how many results the chunk got (its size when not per item). */
    private int accept(BatchChunker.Chunk chunk, Object chunkData) {
        data.add(chunkData);
        boolean perItem = method.output().perItem();
        List<?> list = chunkData instanceof List<?> l ? l : List.of();
        int results = perItem ? list.size() : chunk.count();
        for (int i = 0; i < Math.min(results, chunk.count()); i++) {
            items.add(ItemOutcome.done(chunk.first() + i, perItem ? list.get(i) : null));
        }
        return results;
    }

    private void fail(int from, int to, ConnectorException error) {
        for (int i = from; i < to; i++) {
            items.add(ItemOutcome.failed(i, error));
        }
    }

    private PartialFailureException partial(int requests, int total, ConnectorException cause, String why) {
        for (int i = items.size(); i < total; i++) {
            items.add(ItemOutcome.notAttempted(i));
        }
        long done = items.stream().filter(i -> i.status() == ItemOutcome.Status.DONE).count();
        MethodResult result = new MethodResult(plainData(), warnings, items, requests);
        return new PartialFailureException(method.id() + " was done for " + done + " of " + total + " items; "
                + why, result, cause);
    }

    private Object plainData() {
        if (data.isEmpty()) {
            return null;
        }
        Object merged = OutputNormaliser.merge(data);
        return method.output().single() ? OutputNormaliser.single(merged, method.id()) : merged;
    }
}
