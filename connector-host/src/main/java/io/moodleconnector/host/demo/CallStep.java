package io.moodleconnector.host.demo;

import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.MethodResult;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A call that must succeed: {@code Connector.invoke(method, input)}, whose data must meet {@link #expect()}; then
 * {@link #remember()} may keep ids from the data for later steps.
 *
 * @param input    the input, built from the ids earlier steps remembered
 * @param remember what to keep from the result data (may do nothing)
 */
public record CallStep(String title, String method, Function<DemoSession, Map<String, Object>> input, Expect expect,
                       BiConsumer<DemoSession, Object> remember) implements Step {
    public CallStep {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(remember, "remember");
    }

    @Override
    public Outcome run(DemoSession session) {
        Map<String, Object> in = input.apply(session);
        String call = method + " " + DemoSession.compact(in);
        MethodResult result;
        try {
            result = session.connector().invoke(method, in, session.connection());
        } catch (ConnectorException e) {
            return new Outcome(call, e.code() + ": " + e.getMessage(), false,
                    "expected success with " + expect.description());
        }
        String answer = DemoSession.compact(result.data());
        if (!expect.test().test(result.data())) {
            return new Outcome(call, answer, false, "expected " + expect.description());
        }
        remember.accept(session, result.data());
        return new Outcome(call, answer, true, expect.description());
    }
}
