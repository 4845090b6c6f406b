package com.example.platform;

import io.moodleconnector.spi.CallListener;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The platform's {@link CallListener}: counts what the calls did, for a one-line summary. A real platform would feed
 * its metrics or traces instead. Thread-safe, since calls from many threads report to it at once.
 */
final class EventCounts implements CallListener {
    private final LongAdder callStarts = new LongAdder();
    private final Map<String, LongAdder> callEndsByOutcome = new ConcurrentSkipListMap<>();
    private final Map<Integer, LongAdder> requestsByStatus = new ConcurrentSkipListMap<>();   // 0: no reply
    private final LongAdder budgetWaits = new LongAdder();
    private final LongAdder budgetWaitMillis = new LongAdder();

    @Override
    public void callStart(String methodId) {
        callStarts.increment();
    }

    @Override
    public void callEnd(CallEnd event) {
        callEndsByOutcome.computeIfAbsent(event.outcome(), k -> new LongAdder()).increment();
    }

    @Override
    public void requestEnd(RequestEnd event) {
        requestsByStatus.computeIfAbsent(event.httpStatus(), k -> new LongAdder()).increment();
    }

    @Override
    public void budgetWait(BudgetWait event) {
        budgetWaits.increment();
        budgetWaitMillis.add(event.waited().toMillis());
    }

    /** E.g. {@code callStart=48 callEnd={ok=48} requestEnd={200=48} budgetWait=40 (3120 ms)}. */
    @Override
    public String toString() {
        return "callStart=" + callStarts + " callEnd=" + callEndsByOutcome + " requestEnd=" + requestsByStatus
                + " budgetWait=" + budgetWaits + " (" + budgetWaitMillis + " ms)";
    }
}
