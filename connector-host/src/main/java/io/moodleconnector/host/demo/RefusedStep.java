package io.moodleconnector.host.demo;

import io.moodleconnector.spi.ConnectorException;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A call that must fail with a given kind of error whose details meet a test; when {@link #sendsNothing()}, the
 * sandbox must also have received no request for it (the connector refused the input itself).
 *
 * @param error        the exception type expected
 * @param detail       what the error must say, e.g. that it names the field {@code /name}
 * @param description  the expectation in words
 * @param sendsNothing whether the call must not reach the site
 */
public record RefusedStep(String title, String method, Function<DemoSession, Map<String, Object>> input,
                          Class<? extends ConnectorException> error, Predicate<ConnectorException> detail,
                          String description, boolean sendsNothing) implements Step {
    public RefusedStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(error, "error");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(description, "description");
    }

    @Override
    public Outcome run(DemoSession session) {
        Map<String, Object> in = input.apply(session);
        String call = method + " " + DemoSession.compact(in);
        long before = session.requestCount();
        try {
            Object data = session.connector().invoke(method, in, session.connection()).data();
            return new Outcome(call, DemoSession.compact(data), false, "expected " + description + ", but it succeeded");
        } catch (ConnectorException e) {
            String answer = ErrorView.describe(e);
            long sent = session.requestCount() - before;
            if (!error.isInstance(e) || !detail.test(e)) {
                return new Outcome(call, answer, false, "expected " + description);
            }
            if (sendsNothing && sent != 0) {
                return new Outcome(call, answer, false, "expected no request to reach the site, but " + sent + " did");
            }
            String proof = sendsNothing ? " (requests at the sandbox: still " + before + ")" : "";
            return new Outcome(call, answer, true, description + proof);
        }
    }
}
