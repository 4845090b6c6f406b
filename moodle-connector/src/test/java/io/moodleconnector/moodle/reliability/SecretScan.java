package io.moodleconnector.moodle.reliability;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A JUnit 5 extension that collects everything a test class produces and, after its last test, fails the class if
 * a planted secret, or any run of {@value #RUN} or more of its characters, appears anywhere in it.
 *
 * <p>Collected: all standard output and error (where slf4j-simple, the test binding, writes every log line), every
 * {@code java.util.logging} record (OkHttp's own logging, e.g. leaked-connection warnings, with OkHttp's loggers
 * opened to {@code ALL}), every exception a test hands to {@link #record(Throwable)} or lets escape (message,
 * {@code toString}, full stack trace with causes and suppressed), and any text handed to {@link #record(String,
 * String)} such as request lines, URLs and headers seen by a server.
 *
 * <p>Register as a static field with {@code @RegisterExtension}. Thread-safe: tests may record from many threads.
 * Standard streams are swapped only between {@code beforeAll} and {@code afterAll}.
 */
final class SecretScan implements BeforeAllCallback, AfterAllCallback, TestExecutionExceptionHandler {
    /** The shortest run of the secret's characters that counts as a leak (as the connector's Redactor hides). */
    static final int RUN = 8;
    private static final Logger OKHTTP = Logger.getLogger("okhttp3");
    private final String secret;
    private final ConcurrentLinkedQueue<Captured> captured = new ConcurrentLinkedQueue<>();
    private final ByteArrayOutputStream streams = new ByteArrayOutputStream();
    private final Handler julHandler = new CapturingHandler();
    private PrintStream originalOut;
    private PrintStream originalErr;
    private Level originalOkHttpLevel;

    SecretScan(String secret) {
        this.secret = Objects.requireNonNull(secret, "secret");
    }

    /** Records an exception: its message, {@code toString} and stack trace with every cause. Returns it. */
    <T extends Throwable> T record(T t) {
        if (t != null) {
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            captured.add(new Captured("exception " + t.getClass().getSimpleName(),
                    t.getMessage() + "\n" + t + "\n" + trace));
        }
        return t;
    }

    /** Records a piece of text, e.g. a request line or a header, saying what it is. */
    void record(String kind, String text) {
        captured.add(new Captured(kind, String.valueOf(text)));
    }

    /** How many pieces of output were collected so far (standard streams count as one). */
    int size() {
        return captured.size() + (streams.size() > 0 ? 1 : 0);
    }

    /** Every collected piece that contains the secret, as {@code kind} names. */
    List<String> leaks() {
        List<String> found = new ArrayList<>();
        for (Captured c : captured) {
            if (showsPartOf(secret, c.text())) {
                found.add(c.kind());
            }
        }
        synchronized (streams) {
            if (showsPartOf(secret, streams.toString(StandardCharsets.UTF_8))) {
                found.add("standard output/error (log lines)");
            }
        }
        return found;
    }

    /**
     * Whether the text shows the secret or any run of {@value #RUN} or more of its characters (in any letter case):
     * most of a token is as good as the token to whoever reads it.
     */
    static boolean showsPartOf(String secret, String text) {
        int w = Math.min(RUN, secret.length());
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (int j = 0; j + w <= secret.length(); j++) {
            if (lower.contains(secret.substring(j, j + w).toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(tee(originalOut));
        System.setErr(tee(originalErr));
        originalOkHttpLevel = OKHTTP.getLevel();
        OKHTTP.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(julHandler);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        System.setOut(originalOut);
        System.setErr(originalErr);
        Logger.getLogger("").removeHandler(julHandler);
        OKHTTP.setLevel(originalOkHttpLevel);
        List<String> leaks = leaks();
        if (captured.isEmpty()) {
            throw new AssertionError("the secret scan collected nothing: the tests did not hand it their output");
        }
        if (!leaks.isEmpty()) {
            throw new AssertionError("the token appeared in " + leaks.size() + " place(s) out of " + size()
                    + " collected: " + leaks);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        record(throwable);
        throw throwable;
    }

    private PrintStream tee(PrintStream original) {
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (streams) {
                    streams.write(b);
                }
                original.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (streams) {
                    streams.write(b, off, len);
                }
                original.write(b, off, len);
            }
        };
        return new PrintStream(both, true, StandardCharsets.UTF_8);
    }

    private record Captured(String kind, String text) {
    }

    /** Keeps every java.util.logging record, formatted with its parameters and thrown exception. */
    private final class CapturingHandler extends Handler {
        @Override
        public void publish(LogRecord r) {
            StringBuilder sb = new StringBuilder(r.getLoggerName()).append(": ").append(r.getMessage());
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    sb.append(' ').append(p);
                }
            }
            captured.add(new Captured("log record of " + r.getLoggerName(), sb.toString()));
            if (r.getThrown() != null) {
                record(r.getThrown());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
