package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.SourceLocation;
import io.moodleconnector.catalogue.yaml.LocatedDocument;
import io.moodleconnector.catalogue.yaml.LocatedYamlReader;
import io.moodleconnector.catalogue.yaml.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shipped catalogue as the build checked it: every method's tree and declaration place, written by {@link #main}
 * during the build (after the full load: YAML, meta-schema, model, compiled schemas, which fails the build on any
 * problem) next to the YAML files, with a checksum of the YAML it was made from.
 *
 * <p>Why: parsing 150 KB of YAML and checking it against two meta-schemas is most of a cold start (the YAML parser
 * alone is about half of it), and for the shipped files it repeats what the build already proved. At run time
 * {@link #read} returns the methods only when the digest matches the YAML actually on the classpath, so an edited
 * YAML file without a rebuild of this file is loaded the full way, never from a stale copy.
 *
 * <p>Stateless; thread-safe.
 */
public final class PrecheckedCatalogue {
    /** Classpath resource of the prechecked form, beside the YAML files. */
    static final String RESOURCE = CatalogueSource.SHIPPED_DIR + "prechecked.json";
    private static final int FORMAT = 2;
    private static final JsonFactory JSON = new JsonFactory();

    private PrecheckedCatalogue() {
    }

    /** One method's (or, when {@code probe}, one capability probe's) YAML tree and where it was declared. */
    record Method(JsonNode tree, SourceLocation location, boolean probe) {
    }

    /**
     * Build step: loads the shipped catalogue with every check, then writes the prechecked form.
     *
     * @param args the classes output folder, e.g. {@code target/classes}
     * @throws CatalogueException when the shipped catalogue has a problem (the build fails)
     */
    public static void main(String[] args) throws IOException {
        List<CatalogueSource> sources = CatalogueSource.shipped();
        new CatalogueLoader().load(sources);
        Path out = Path.of(args[0], RESOURCE.substring(1));
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(sources, w);
        }
    }

    /** Writes the prechecked form of these (already checked) sources. */
    static void write(List<CatalogueSource> sources, Writer w) {
        LocatedYamlReader yaml = new LocatedYamlReader();
        // A mapper only here, at build time: it is what lets the generator write trees.
        try (JsonGenerator g = JsonMapper.builder().build().createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberProperty("format", FORMAT);
            g.writeStringProperty("checksum", digest(sources));
            for (String section : new String[] {"methods", "probes"}) {
                g.writeArrayPropertyStart(section);
                for (CatalogueSource source : sources) {
                    LocatedDocument doc = yaml.read(source.name(), source.text());
                    JsonNode list = doc.root().path(section);
                    for (int i = 0; i < list.size(); i++) {
                        SourceLocation at = doc.locations().locate("/" + section + "/" + i);
                        g.writeStartObject();
                        g.writeStringProperty("file", at.file());
                        g.writeNumberProperty("line", at.line());
                        g.writeNumberProperty("column", at.column());
                        g.writeName("tree");
                        g.writeTree(list.get(i));
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        }
    }

    /**
     * The prechecked methods of these sources, in order; empty when there is no prechecked form or it was made from
     * other text.
     */
    static Optional<List<Method>> read(List<CatalogueSource> sources) {
        try (InputStream in = PrecheckedCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            return read(in, digest(sources));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Optional<List<Method>> read(InputStream in, String digest) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
            boolean matches = false;
            List<Method> methods = new ArrayList<>();
            p.nextToken(); // START_OBJECT
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "format" -> {
                        if (p.getIntValue() != FORMAT) {
                            return Optional.empty();
                        }
                    }
                    case "checksum" -> {
                        if (!digest.equals(p.getString())) {
                            return Optional.empty();
                        }
                        matches = true;
                    }
                    case "methods", "probes" -> {
                        boolean probe = name.equals("probes");
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode m = Trees.read(p);
                            methods.add(new Method(m.get("tree"), new SourceLocation(m.get("file").asString(),
                                    m.get("line").asInt(), m.get("column").asInt()), probe));
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            return matches ? Optional.of(methods) : Optional.empty();
        }
    }

    /**
     * A checksum over every file's name and text, in order: CRC-32 (native, so cheap in a cold JVM, where SHA-256
     * cost 60 ms of interpreted code) plus the total length. It detects a stale form after an edit; it is no defence
     * against tampering, which would have to change this file in the same jar anyway.
     */
    static String digest(List<CatalogueSource> sources) {
        CRC32 crc = new CRC32();
        long length = 0;
        for (CatalogueSource s : sources) {
            for (String part : new String[] {s.name(), s.text()}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                crc.update(bytes);
                crc.update(0);
                length += bytes.length + 1;
            }
        }
        return Long.toHexString(crc.getValue()) + "-" + length;
    }
}
