package io.moodleconnector.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    public static CatalogueSource of(Path file) {
        try {
            return new CatalogueSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue file " + file, e);
        }
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
