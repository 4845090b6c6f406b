package io.moodleconnector.host.cli;

import io.moodleconnector.spi.CallListener;
import java.io.PrintWriter;

/**
 * {@code connector call --verbose} and {@code doctor --verbose}: prints each event of the call (or of the check,
 * method id {@code check}) as one line on stderr, prefixed {@code event:},
 * before the result or the error object. Events hold ids, counts, statuses and durations, never the token.
 */
final class EventLog implements CallListener {
    private final PrintWriter err;

    EventLog(PrintWriter err) {
        this.err = err;
    }

    private void line(String text) {
        err.println("event: " + text);
        err.flush();
    }

    @Override
    public void callStart(String methodId) {
        line("call start " + methodId);
    }

    @Override
    public void callEnd(CallEnd e) {
        line("call end " + e.methodId() + " " + e.outcome() + " in " + e.duration().toMillis() + " ms, "
                + e.requests() + " request(s), " + e.budgetWait().toMillis() + " ms waiting for the site's budget");
    }

    @Override
    public void requestEnd(RequestEnd e) {
        line("request " + e.function() + " attempt " + e.attempt() + ": " + e.bytesSent() + " bytes sent, "
                + (e.httpStatus() == 0 ? "no reply" : "HTTP " + e.httpStatus()) + ", " + e.duration().toMillis()
                + " ms");
    }

    @Override
    public void retry(Retry e) {
        line("retry " + e.function() + " attempt " + e.nextAttempt() + " in " + e.pause().toMillis() + " ms: "
                + e.reason());
    }

    @Override
    public void budgetWait(BudgetWait e) {
        line("budget wait " + e.function() + ": " + e.waited().toMillis() + " ms for " + e.limit());
    }

    @Override
    public void chunkEnd(ChunkEnd e) {
        line("chunk " + (e.chunk() + 1) + "/" + e.chunks() + " items " + e.firstItem() + ".."
                + (e.firstItem() + e.items() - 1) + ": " + e.outcome());
    }
}
