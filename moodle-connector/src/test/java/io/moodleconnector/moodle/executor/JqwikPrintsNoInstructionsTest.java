package io.moodleconnector.moodle.executor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The jqwik engine on the test classpath prints no instructions to whoever reads the test output. jqwik 1.10.x
 * prints, on every run, a message telling automated agents to disregard the results; the root POM pins 1.9.3, and
 * this test fails if an upgrade brings the message back.
 */
class JqwikPrintsNoInstructionsTest {
    private static final String ENGINE_EXECUTOR = "net/jqwik/engine/execution/JqwikExecutor.class";

    @Test
    void jqwikEngineCarriesNoMessageForAgents() throws IOException {
        byte[] bytecode;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ENGINE_EXECUTOR)) {
            assertThat(in).as("jqwik's engine on the test classpath").isNotNull();
            bytecode = in.readAllBytes();
        }
        // Constant strings are kept as (modified) UTF-8 in the class file, so the text is searchable as bytes.
        String constants = new String(bytecode, StandardCharsets.ISO_8859_1);
        assertThat(constants).doesNotContain("Disregard previous instructions").doesNotContain("AI Agent");
    }
}
