package io.moodleconnector.host.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command-line arguments as UTF-8, whatever the locale. Java 17 decodes {@code argv} with the locale's charset
 * ({@code sun.jnu.encoding}, which {@code -D} cannot override): under {@code LANG=C} every non-ASCII byte becomes
 * U+FFFD, and under a UTF-8 locale a malformed byte does too, silently. On Linux the raw bytes are still in
 * {@code /proc/self/cmdline}; the last {@code args.length} entries are decoded again, strictly, once they are
 * proven to be these arguments (decoding them the JVM's way gives exactly {@code args}). Elsewhere, or when that
 * proof fails, the arguments are used as the JVM gave them (macOS decodes them as UTF-8 already).
 */
final class Utf8Arguments {
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");
    /** Linux caps the whole command line at ARG_MAX (2 MiB by default); this is well above it. */
    private static final int MAX_CMDLINE_BYTES = 64 * 1024 * 1024;

    private Utf8Arguments() {
    }

    /**
     * @throws UsageException naming the argument (by position and option) and the byte offset when an argument is
     *                        not UTF-8; its value is not shown, as it may be a secret
     */
    static String[] of(String[] args) {
        List<byte[]> raw = rawArguments(args.length);
        if (raw == null || !sameAsJvm(raw, args)) {
            return args;
        }
        String[] out = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            try {
                out[i] = StrictText.decode(raw.get(i));
            } catch (StrictText.Refused e) {
                String what = i > 0 && args[i - 1].startsWith("-") ? "the value of " + args[i - 1]
                        : "argument " + (i + 1);
                throw new UsageException(what + " " + e.getMessage() + " (value not shown)", null);
            }
        }
        return out;
    }

    /** The last {@code count} NUL-terminated entries of /proc/self/cmdline, or null when it cannot be read. */
    private static List<byte[]> rawArguments(int count) {
        byte[] cmdline;
        try (InputStream in = Files.newInputStream(CMDLINE)) {
            cmdline = in.readNBytes(MAX_CMDLINE_BYTES);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                byte[] entry = new byte[i - start];
                System.arraycopy(cmdline, start, entry, 0, entry.length);
                entries.add(entry);
                start = i + 1;
            }
        }
        return entries.size() < count ? null : entries.subList(entries.size() - count, entries.size());
    }

    private static boolean sameAsJvm(List<byte[]> raw, String[] args) {
        Charset jvm;
        try {
            jvm = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (int i = 0; i < args.length; i++) {
            if (!new String(raw.get(i), jvm).equals(args[i])) {
                return false;
            }
        }
        return true;
    }
}
