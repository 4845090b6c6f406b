package io.moodleconnector.host.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the {@code --input} argument: JSON text as it is, {@code @file.json} from a file, {@code -} from stdin; no
 * argument is the empty object.
 */
final class InputSource {
    private InputSource() {
    }

    /**
     * @throws io.moodleconnector.spi.InvalidInputException if the text is not a JSON object
     * @throws UsageException                               if the file cannot be read
     */
    static Map<String, Object> read(String argument, InputStream stdin) {
        if (argument == null) {
            return Map.of();
        }
        if (argument.equals("-")) {
            return Json.parseObject(readStdin(stdin), "--input (stdin)");
        }
        if (argument.startsWith("@")) {
            Path file = Path.of(argument.substring(1));
            return Json.parseObject(readFile(file), "--input file " + file);
        }
        return Json.parseObject(argument, "--input");
    }

    private static String readStdin(InputStream stdin) {
        try {
            return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading --input from stdin", e);
        }
    }

    private static String readFile(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UsageException("--input file " + file + " does not exist", e);
        } catch (IOException e) {
            throw new UsageException("--input file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
