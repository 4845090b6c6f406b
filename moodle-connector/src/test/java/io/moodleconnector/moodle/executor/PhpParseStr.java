package io.moodleconnector.moodle.executor;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

/**
 * One long-running {@code php} process that answers, for each form body written as one line, PHP's own
 * {@code parse_str} of it as one line of JSON. Not thread-safe; one per test container.
 */
final class PhpParseStr implements AutoCloseable {
    private static final String LOOP = "while (($l = fgets(STDIN)) !== false) {"
            + " parse_str(rtrim($l, \"\\n\"), $o);"
            + " echo json_encode($o, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES), \"\\n\"; flush(); }";
    private final Process process;
    private final BufferedWriter in;
    private final BufferedReader out;

    PhpParseStr() throws IOException {
        process = new ProcessBuilder("php", "-d", "max_input_vars=100000", "-d", "max_input_nesting_level=64",
                "-r", LOOP).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        in = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
        out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** PHP's json_encode(parse_str(body)). */
    String parse(String body) throws IOException {
        in.write(body);
        in.write('\n');
        in.flush();
        String line = out.readLine();
        if (line == null) {
            throw new IOException("php exited");
        }
        return line;
    }

    @Override
    public void close() throws IOException {
        in.close();
        process.destroy();
    }
}
