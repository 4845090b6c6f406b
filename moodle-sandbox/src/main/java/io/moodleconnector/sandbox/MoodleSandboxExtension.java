package io.moodleconnector.sandbox;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: {@code @ExtendWith(MoodleSandboxExtension.class)} starts a fresh default sandbox on a free
 * port for each test that declares a {@link MoodleSandbox} parameter, and closes it after the test. Each test gets
 * its own site, so tests do not see each other's changes.
 */
public final class MoodleSandboxExtension implements ParameterResolver, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MoodleSandboxExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MoodleSandbox.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NAMESPACE).getOrComputeIfAbsent("sandbox",
                k -> MoodleSandbox.builder().port(0).build().start(), MoodleSandbox.class);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MoodleSandbox sandbox = context.getStore(NAMESPACE).remove("sandbox", MoodleSandbox.class);
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
