package io.moodleconnector.host.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress line of a long call: shown after the delay, rewritten in place, erased at the end. */
class ProgressLineTest {
    private final StringWriter text = new StringWriter();
    private final AtomicLong now = new AtomicLong(1_000);
    private final ProgressLine line = new ProgressLine(new PrintWriter(text), "users.create-batch", now::get);

    @Test
    void aCallShorterThanTheDelayShowsNothing() {
        line.chunkEnded(2, 300);
        line.chunkEnded(2, 200);
        line.finish();
        assertThat(text.toString()).isEmpty();
    }

    @Test
    void afterTheDelayEachRequestRewritesTheLineWithRequestsAndItemsDone() {
        line.chunkEnded(31, 332);
        now.addAndGet(ProgressLine.DELAY.toNanos());
        line.chunkEnded(31, 332);
        assertThat(text.toString()).isEqualTo("\rusers.create-batch: request 2 of 31, 664 items done");
    }

    @Test
    void finishingErasesTheLineSoStderrKeepsOnlyTheErrorObject() {
        now.addAndGet(ProgressLine.DELAY.toNanos());
        line.chunkEnded(3, 5);
        int width = text.toString().length() - 1;
        line.finish();
        assertThat(text.toString()).endsWith("\r" + " ".repeat(width) + "\r");
    }

    @Test
    void theLaunchersWordDecidesWhetherStderrIsATerminal() {
        assertThat(ProgressLine.stderrIsTerminal(Map.of(ProgressLine.STDERR_TTY_ENV, "1"))).isTrue();
        assertThat(ProgressLine.stderrIsTerminal(Map.of(ProgressLine.STDERR_TTY_ENV, "0"))).isFalse();
    }
}
