package io.moodleconnector.moodle.call;

import io.moodleconnector.spi.CallListener;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one call (the call's own and the connector's), each shielded from the others: an exception a
 * listener throws is logged and never changes the call. Every event is also logged at debug on the logger
 * {@code io.moodleconnector.moodle.call}; events carry ids, counts, statuses and durations, never a value of the
 * input or the token. Immutable and thread-safe.
 */
final class Events implements CallListener {
    private static final Logger LOG = LoggerFactory.getLogger("io.moodleconnector.moodle.call");

    private final List<CallListener> listeners;

    Events(List<CallListener> listeners) {
        this.listeners = listeners.stream().filter(l -> l != null && l != CallListener.NONE).toList();
    }

    private void each(String event, Consumer<CallListener> delivery) {
        for (CallListener l : listeners) {
            try {
                delivery.accept(l);
            } catch (RuntimeException e) {
                LOG.warn("call listener {} failed on {}: {}", l.getClass().getName(), event, e.toString());
            }
        }
    }

    @Override
    public void callStart(String methodId) {
        LOG.debug("call start {}", methodId);
        each("callStart", l -> l.callStart(methodId));
    }

    @Override
    public void callEnd(CallEnd e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("call end {} {} in {} ms, {} request(s), {} ms waiting for the site's budget", e.methodId(),
                    e.outcome(), e.duration().toMillis(), e.requests(), e.budgetWait().toMillis());
        }
        each("callEnd", l -> l.callEnd(e));
    }

    @Override
    public void requestEnd(RequestEnd e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("request {} {} attempt {}: {} bytes sent, HTTP {}, {} ms", e.methodId(), e.function(),
                    e.attempt(), e.bytesSent(), e.httpStatus() == 0 ? "-" : e.httpStatus(), e.duration().toMillis());
        }
        each("requestEnd", l -> l.requestEnd(e));
    }

    @Override
    public void retry(Retry e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("retry {} {} attempt {} in {} ms: {}", e.methodId(), e.function(), e.nextAttempt(),
                    e.pause().toMillis(), e.reason());
        }
        each("retry", l -> l.retry(e));
    }

    @Override
    public void budgetWait(BudgetWait e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("budget wait {} {}: {} ms for {}", e.methodId(), e.function(), e.waited().toMillis(), e.limit());
        }
        each("budgetWait", l -> l.budgetWait(e));
    }

    @Override
    public void chunkEnd(ChunkEnd e) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("chunk {} {}/{}: items {}..{} {}", e.methodId(), e.chunk() + 1, e.chunks(), e.firstItem(),
                    e.firstItem() + e.items() - 1, e.outcome());
        }
        each("chunkEnd", l -> l.chunkEnd(e));
    }
}
