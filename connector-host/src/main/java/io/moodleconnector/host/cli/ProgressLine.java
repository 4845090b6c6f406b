package io.moodleconnector.host.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The one line of progress a long call shows a person at a terminal: {@code users.create-batch: request 3 of 31,
 * 2991 items done}, rewritten in place on stderr as each request of a batch ends, and erased when the call ends, so
 * that stderr keeps only the error object (if any) and stdout only the result.
 *
 * <p>It says nothing for a call shorter than {@link #DELAY} (no flicker for the usual quick call) and nothing at all
 * when stderr is not a terminal ({@link #stderrIsTerminal}): a script or a pipe never sees it.
 *
 * <p>It is fed by one narrow callback, {@link #chunkEnded}: one request of a batch ended, out of how many, with how
 * many items; a per-chunk call event of the connector maps onto it one to one.
 *
 * <p>Thread-safe: events may come from any thread.
 */
final class ProgressLine {
    /** How long a call runs before its progress is shown. */
    static final Duration DELAY = Duration.ofSeconds(2);
    /** Set to {@code 1} by the {@code connector} launcher when its stderr is a terminal ({@code [ -t 2 ]}). */
    static final String STDERR_TTY_ENV = "CONNECTOR_STDERR_TTY";

    private final PrintWriter err;
    private final String methodId;
    private final LongSupplier nanoClock;
    private final long start;
    private int requestsDone;
    private int itemsDone;
    private int width;

    ProgressLine(PrintWriter err, String methodId, LongSupplier nanoClock) {
        this.err = Objects.requireNonNull(err, "err");
        this.methodId = Objects.requireNonNull(methodId, "methodId");
        this.nanoClock = Objects.requireNonNull(nanoClock, "nanoClock");
        this.start = nanoClock.getAsLong();
    }

    /**
     * Whether stderr is a terminal: the launcher's word when it gave one, else whether the JVM has a console (a
     * terminal on both stdin and stdout; the launcher knows better, since a result redirected to a file still
     * leaves stderr on the terminal).
     */
    static boolean stderrIsTerminal(Map<String, String> env) {
        String told = env.get(STDERR_TTY_ENV);
        return told != null ? told.equals("1") : System.console() != null;
    }

    /**
     * One request of a batch ended.
     *
     * @param requests how many requests the batch was split into
     * @param items    how many items that request carried
     */
    synchronized void chunkEnded(int requests, int items) {
        requestsDone++;
        itemsDone += items;
        if (nanoClock.getAsLong() - start < DELAY.toNanos()) {
            return;
        }
        String line = methodId + ": request " + requestsDone + " of " + requests + ", " + itemsDone + " items done";
        // Carriage return, the new text, then blanks over whatever the longer previous line left.
        err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
        err.flush();
        width = line.length();
    }

    /** The call ended: the line, if one was shown, is erased. */
    synchronized void finish() {
        if (width > 0) {
            err.print("\r" + " ".repeat(width) + "\r");
            err.flush();
            width = 0;
        }
    }
}
