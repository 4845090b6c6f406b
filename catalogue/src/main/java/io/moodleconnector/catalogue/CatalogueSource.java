package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.yaml.YamlLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One catalogue file's name and text, whether it came from the shipped catalogue on the classpath or from disk.
 *
 * @param name the name problems are reported under, e.g. {@code groups.yaml} or a path
 * @param text the YAML text
 */
public record CatalogueSource(String name, String text) {
    /** Where the shipped catalogue lives on the classpath; {@code index.txt} there lists its files in order. */
    public static final String SHIPPED_DIR = "/io/moodleconnector/catalogue/methods/";

    public CatalogueSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
    }

    /**
     * The most bytes read from a file that is not a regular file (a pipe, {@code /dev/zero}): a file within
     * {@link YamlLimits#MAX_DOCUMENT_CHARS} characters has at most four bytes per character.
     */
    public static final int MAX_STREAM_BYTES = 4 * YamlLimits.MAX_DOCUMENT_CHARS;
    /**
     * The largest regular file read whole, so that the YAML reader can say how many characters too many it has;
     * a larger one is refused unread.
     */
    public static final int MAX_REGULAR_FILE_BYTES = 64 * 1024 * 1024;

    /** A file larger than this class reads. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(Path file, int limit) {
            super(file + " is larger than " + limit / (1024 * 1024) + " MiB; a catalogue file has at most "
                    + YamlLimits.MAX_DOCUMENT_CHARS + " characters");
        }
    }

    public static CatalogueSource of(Path file) {
        try {
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file, e);
        }
    }

    /**
     * Reads a file as strict UTF-8: a regular file of at most {@link #MAX_REGULAR_FILE_BYTES}, anything else up to
     * {@link #MAX_STREAM_BYTES}, so that neither a huge file nor an endless device fills the heap.
     *
     * @throws TooLargeException                         if it is larger
     * @throws java.nio.charset.CharacterCodingException if it is not UTF-8
     */
    public static CatalogueSource read(Path file) throws IOException {
        int limit = Files.isRegularFile(file) ? MAX_REGULAR_FILE_BYTES : MAX_STREAM_BYTES;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(limit + 1);
        }
        if (bytes.length > limit) {
            throw new TooLargeException(file, limit);
        }
        return new CatalogueSource(file.toString(),
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
    }

    /** The files of the shipped catalogue, in the order of its index. */
    public static List<CatalogueSource> shipped() {
        List<CatalogueSource> out = new ArrayList<>();
        for (String line : resource("index.txt").lines().toList()) {
            String file = line.strip();
            if (!file.isEmpty() && !file.startsWith("#")) {
                out.add(new CatalogueSource(file, resource(file)));
            }
        }
        return out;
    }

    private static String resource(String file) {
        try (InputStream in = CatalogueSource.class.getResourceAsStream(SHIPPED_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("the shipped catalogue file " + SHIPPED_DIR + file + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped catalogue file " + file, e);
        }
    }
}
