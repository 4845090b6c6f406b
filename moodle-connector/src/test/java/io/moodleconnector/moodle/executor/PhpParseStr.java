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

    /** What to tell someone whose machine has no PHP: the test needs PHP itself, so it fails rather than skips. */
    static final String PHP_MISSING = "this test compares the form encoding with PHP's own parse_str, so it needs "
            + "the PHP command-line interpreter `php` on the PATH. Install it: Debian/Ubuntu `sudo apt-get install "
            + "php-cli`, Fedora `sudo dnf install php-cli`, macOS `brew install php` (see README, Quick start)";

    PhpParseStr() throws IOException {
        this("php");
    }

    PhpParseStr(String executable) throws IOException {
        try {
            process = new ProcessBuilder(executable, "-d", "max_input_vars=100000", "-d",
                    "max_input_nesting_level=64", "-r", LOOP).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new IOException("cannot start `" + executable + "`: " + PHP_MISSING, e);
        }
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
