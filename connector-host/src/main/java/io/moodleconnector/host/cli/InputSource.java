package io.moodleconnector.host.cli;

import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Reads the {@code --input} argument: JSON text as it is, {@code @file.json} from a file, {@code -} from stdin; no
 * argument is the empty object. Stdin and files are read as UTF-8 whatever the locale (a leading byte-order mark is
 * dropped), at most {@link #MAX_INPUT_BYTES}; malformed UTF-8 is refused with its byte offset.
 */
final class InputSource {
    /** The largest input accepted, from any source: far above any batch a site takes, far below the heap. */
    static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;
    /** Set by the launcher when the shell gave it no stdin at all ({@code <&-}). */
    static final String STDIN_CLOSED_ENV = "CONNECTOR_STDIN_CLOSED";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private InputSource() {
    }

    /**
     * @param stdinClosed whether the process was started without a stdin
     * @throws InvalidInputException if the text is too large, not UTF-8, not JSON or not a JSON object
     * @throws UsageException        if the file or stdin cannot be read
     */
    static Map<String, Object> read(String argument, InputStream stdin, boolean stdinClosed) {
        if (argument == null) {
            return Map.of();
        }
        if (argument.equals("-")) {
            if (stdinClosed) {
                throw stdinUnreadable("it is closed");
            }
            return Json.parseObject(readStdin(stdin), "--input (stdin)");
        }
        if (argument.startsWith("@")) {
            Path file = path(argument.substring(1));
            return Json.parseObject(readFile(file), "--input file " + file);
        }
        if (argument.getBytes(StandardCharsets.UTF_8).length > MAX_INPUT_BYTES) {
            throw refused("--input", "is larger than " + StrictText.size(MAX_INPUT_BYTES));
        }
        return Json.parseObject(argument, "--input");
    }

    private static String readStdin(InputStream stdin) {
        try {
            return withoutByteOrderMark(StrictText.read(stdin, MAX_INPUT_BYTES));
        } catch (StrictText.Refused e) {
            throw refused("--input (stdin)", e.getMessage());
        } catch (IOException e) {
            throw stdinUnreadable(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static String readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return withoutByteOrderMark(StrictText.read(in, MAX_INPUT_BYTES));
        } catch (StrictText.Refused e) {
            throw refused("--input file " + file, e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UsageException("--input file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UsageException("--input file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new UsageException("--input file: not a usable file name here (" + e.getReason() + ")", e);
        }
    }

    private static UsageException stdinUnreadable(String why) {
        return new UsageException("--input -: cannot read stdin (" + why + "); pipe the JSON in, or pass "
                + "--input @FILE or --input JSON");
    }

    private static InvalidInputException refused(String where, String problem) {
        String message = where + " " + problem + (problem.startsWith("is larger") ? " (the CLI's input limit)" : "");
        String keyword = problem.startsWith("is larger") ? "maxBytes" : "encoding";
        return new InvalidInputException(message, List.of(new Violation("", message, keyword)), null);
    }

    private static String withoutByteOrderMark(String text) {
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }
}
