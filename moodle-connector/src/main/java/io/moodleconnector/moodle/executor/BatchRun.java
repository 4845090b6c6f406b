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
 * Runs every call, batch or not (a method without a batch is one request with no items; a single-record method a
 * batch of one), and accounts for every item: done, failed, not attempted or unknown, each exactly once.
 *
 * <ul>
 *   <li><b>Isolation.</b> When Moodle refuses a request of several items from inside the function (its transaction
 *       rolled back, {@link FailureScope#RECORD}), the request is split in halves and resent, recursively, until each
 *       bad record is alone: only the bad records fail. Two sibling halves failing for the same specific reason
 *       stop the splitting (the error is not about one record), as does the call's budget of
 *       {@code 2 * 16 * ceil(log2(n))} extra requests (enough for 16 bad records anywhere).</li>
 *   <li><b>Stops.</b> A refused token or service ({@link FailureScope#REFUSED}), a transport failure or an unknown
 *       outcome ends the run: the rest is not attempted.</li>
 *   <li><b>Cuts.</b> When Moodle answers with fewer results than records sent (PHP cut the body on a record
 *       boundary), the rest is resent in requests no bigger than what got through; done only when confirmed.</li>
 * </ul>
 * One instance per call; not thread-safe.
 */
final class BatchRun {
    private static final int BAD_RECORDS_BUDGETED = 16;

    private final MethodDefinition method;
    private final Connection connection;
    private final Exchange exchange;
    private final BatchChunker.Plan plan;
    private final ItemLedger ledger;
    private final boolean isolate;
    private final List<Map<String, Object>> warnings = new ArrayList<>();
    private int maxVars;
    private int isolationBudget;
    private int requests;
    /** Requests of the batch as first planned, and sent so far (isolation and resends may add to the plan). */
    private final int chunksPlanned;
    private int chunksSent;
    private ConnectorException firstError;
    private boolean stopped;

    /**
     * @param maxVars        the most form variables a request may carry
     * @param requestsBefore requests this call already sent (e.g. to learn the site's release)
     */
    BatchRun(MethodDefinition method, Connection connection, Exchange exchange, BatchChunker.Plan plan, int maxVars,
             int requestsBefore) {
        this.method = method;
        this.connection = connection;
        this.exchange = exchange;
        this.plan = plan;
        this.ledger = new ItemLedger(plan.items());
        this.isolate = connection.options().isolateFailures() && !method.readOnly();
        this.maxVars = maxVars;
        this.requests = requestsBefore;
        int depth = 32 - Integer.numberOfLeadingZeros(Math.max(1, plan.items() - 1));
        this.isolationBudget = 2 * BAD_RECORDS_BUDGETED * Math.max(1, depth);
        this.chunksPlanned = plan.items() == 0 ? 0 : plan.ranges(0, plan.items(), maxVars).size();
    }

    /** A request's answer: its normalised reply, or its error. */
    private record Answer(OutputNormaliser.Normalised reply, ConnectorException error) {
    }

    MethodResult run() {
        if (plan.items() == 0) {
            OutputNormaliser.Normalised reply = exchange.run(method, connection, plan.params(0, 0), plan.vars(0, 0));
            return new MethodResult(single(reply.data()), reply.warnings(), List.of(), requests + 1);
        }
        sendAll(0, plan.items());
        return finish();
    }

    /** Sends items {@code from}..{@code to} as one request and deals with the answer. */
    private void send(int from, int to) {
        if (stopped) {
            return; // left unrecorded: not attempted
        }
        Answer a = exchange(from, to);
        if (a.error() == null) {
            accept(from, to, a.reply());
        } else {
            failed(from, to, a.error());
        }
    }

    private Answer exchange(int from, int to) {
        requests++;
        int chunk = chunksSent++;
        try {
            Answer a = new Answer(exchange.run(method, connection, plan.params(from, to), plan.vars(from, to)),
                    null);
            exchange.scope().chunkEnd(chunk, Math.max(chunksPlanned, chunksSent), from, to - from, null);
            return a;
        } catch (ConnectorException e) {
            exchange.scope().chunkEnd(chunk, Math.max(chunksPlanned, chunksSent), from, to - from, e);
            if (firstError == null) {
                firstError = e;
            }
            return new Answer(null, e);
        }
    }

    /** Records a request's done items; resends what a cut body left out. */
    private void accept(int from, int to, OutputNormaliser.Normalised reply) {
        warnings.addAll(reply.warnings());
        int count = to - from;
        if (!method.output().perItem()) {
            ledger.part(from, reply.data());
            for (int i = from; i < to; i++) {
                ledger.done(i, null);
            }
            return;
        }
        List<?> results = reply.data() instanceof List<?> l ? l : List.of();
        int got = Math.min(results.size(), count);
        for (int i = 0; i < got; i++) {
            ledger.done(from + i, results.get(i));
        }
        if (got == count) {
            return;
        }
        if (count == 1 || method.readOnly()) {
            // Alone and still without a result, or a read (which may legitimately answer fewer): not resent.
            RemoteException none = new RemoteException("noresult", "Moodle answered " + got + " results for the "
                    + count + " items of this request; the others were probably dropped by the site's PHP"
                    + " max_input_vars: lower the connection's maxInputVars", null, null);
            firstError = firstError == null ? none : firstError;
            ledger.failed(from + got, to, none);
            return;
        }
        // PHP's max_input_vars cut the body: Moodle never saw the rest. Resend it in requests no bigger than what
        // got through (half of this one when nothing did).
        int fits = got > 0 ? plan.vars(from, from + got) : plan.vars(from, from + Math.max(1, count / 2));
        maxVars = Math.min(maxVars, fits);
        sendAll(from + got, to);
    }

    /** Sends items {@code from}..{@code to} in greedy requests within the budget as it stands when each is made. */
    private void sendAll(int from, int to) {
        for (int next = from; next < to; ) {
            int end = plan.runEnd(next, to, maxVars);
            send(next, end);
            next = end;
        }
    }

    /** A request failed: isolate its bad records, or record its items by what the error says. */
    private void failed(int from, int to, ConnectorException e) {
        switch (FailureScope.of(e)) {
            case REFUSED -> stopped = true; // its items stay unrecorded: not attempted
            case UNKNOWN -> {
                ledger.unknown(from, to, e);
                stopped = true;
            }
            case EXCHANGE -> {
                if (method.readOnly()) {
                    ledger.failed(from, to, e);
                }
                stopped = true;
            }
            case RECORD -> record(from, to, e);
        }
    }

    private void record(int from, int to, ConnectorException e) {
        if (to - from == 1) {
            ledger.failed(from, to, pointer(from).map(p -> ErrorCopy.at(e, p)).orElse(e));
        } else if (!isolate) {
            ledger.failed(from, to, e);
            stopped = true;
        } else if (isolationBudget < 2) {
            ledger.failed(from, to, e);
        } else {
            halve(from, to);
        }
    }

    /** Sends both halves of a refused request, then looks at them together. */
    private void halve(int from, int to) {
        isolationBudget -= 2;
        int mid = (from + to) >>> 1;
        Answer left = exchange(from, mid);
        if (left.error() != null && FailureScope.of(left.error()) != FailureScope.RECORD) {
            failed(from, mid, left.error());
            return;
        }
        Answer right = exchange(mid, to);
        if (right.error() != null && FailureScope.of(right.error()) != FailureScope.RECORD) {
            failed(mid, to, right.error()); // stops the run; the left half is settled without further splitting
            settle(from, mid, left);
            return;
        }
        if (left.error() != null && right.error() != null
                && FailureScope.of(right.error()) == FailureScope.RECORD
                && FailureScope.sameReason(left.error(), right.error())) {
            ledger.failed(from, mid, left.error()); // not about one record: stop splitting here
            ledger.failed(mid, to, right.error());
            return;
        }
        settle(from, mid, left);
        settle(mid, to, right);
    }

    private void settle(int from, int to, Answer a) {
        if (a.error() == null) {
            accept(from, to, a.reply());
        } else if (stopped && FailureScope.of(a.error()) == FailureScope.RECORD) {
            ledger.failed(from, to, a.error());
        } else {
            failed(from, to, a.error());
        }
    }

    /** The JSON Pointer of item {@code i} in the caller's input, when the input is Moodle's parameters as they are. */
    private java.util.Optional<String> pointer(int i) {
        if (method.request() == null || method.request().template() == null) {
            return java.util.Optional.of(plan.pointer() + "/" + i);
        }
        return plan.items() == 1 ? java.util.Optional.of("") : java.util.Optional.empty();
    }

    private MethodResult finish() {
        Object data = method.output().perItem() ? ledger.perItemData() : ledger.mergedParts();
        List<ItemOutcome> items = ledger.items();
        if (ledger.allDone()) {
            return new MethodResult(single(data), warnings, items, requests);
        }
        long done = ledger.count(ItemOutcome.Status.DONE);
        if (done == 0) {
            throw ErrorCopy.of(firstError).initItems(items);
        }
        MethodResult partial = new MethodResult(data, warnings, items, requests);
        throw new PartialFailureException(method.id() + " was done for " + done + " of " + items.size()
                + " items (" + ledger.count(ItemOutcome.Status.FAILED) + " failed, "
                + ledger.count(ItemOutcome.Status.UNKNOWN) + " unknown, "
                + ledger.count(ItemOutcome.Status.NOT_ATTEMPTED) + " not attempted) in " + requests
                + " requests; first error: " + firstError.getMessage(), partial, firstError);
    }

    private Object single(Object data) {
        return method.output().single() ? OutputNormaliser.single(data, method.id()) : data;
    }
}
