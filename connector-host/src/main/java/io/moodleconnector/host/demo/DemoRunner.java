package io.moodleconnector.host.demo;

import java.io.PrintWriter;
import java.util.List;
import java.util.Objects;

/**
 * Runs steps in order on one session and prints each: its title, the call, the answer (compact JSON, cut to
 * {@code maxAnswer} characters unless that is 0) and whether it behaved as expected. Stops at the first step that
 * did not, since later steps use what earlier ones created. One runner per run.
 */
public final class DemoRunner {
    private final PrintWriter out;
    private final int maxAnswer;

    /** @param maxAnswer longest answer printed in full; 0 prints every answer in full */
    public DemoRunner(PrintWriter out, int maxAnswer) {
        this.out = Objects.requireNonNull(out, "out");
        this.maxAnswer = maxAnswer;
    }

    /** @return whether every step behaved as expected */
    public boolean run(List<Step> steps, DemoSession session) {
        int n = 0;
        for (Step step : steps) {
            n++;
            out.printf("[%2d/%d] %s%n", n, steps.size(), step.title());
            Outcome o = step.run(session);
            out.println("       > " + o.call());
            out.println("       < " + cut(o.answer()));
            out.println(o.passed() ? "       PASS " + o.verdict() : "       FAIL " + o.verdict());
            out.flush();
            if (!o.passed()) {
                out.printf("Demo FAILED at step %d of %d: %s%n", n, steps.size(), step.title());
                out.flush();
                return false;
            }
        }
        out.printf("Demo passed: all %d steps behaved as expected (%d requests reached the sandbox).%n",
                steps.size(), session.requestCount());
        out.flush();
        return true;
    }

    private String cut(String answer) {
        if (maxAnswer <= 0 || answer.length() <= maxAnswer) {
            return answer;
        }
        return answer.substring(0, maxAnswer) + " ... (" + answer.length() + " characters; --full shows all)";
    }
}
