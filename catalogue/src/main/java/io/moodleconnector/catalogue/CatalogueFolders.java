package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.lint.CatalogueLinter;
import io.moodleconnector.catalogue.model.SourceLocation;
import io.moodleconnector.catalogue.yaml.LocatedDocument;
import io.moodleconnector.catalogue.yaml.LocatedYamlReader;
import io.moodleconnector.catalogue.yaml.YamlLimits;
import io.moodleconnector.catalogue.yaml.YamlRefusedException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Extra catalogue files a host names at run time, loaded after the shipped catalogue: every {@code .yaml}/
 * {@code .yml} file of each folder, in name order. Each file gets the linter's checks (the meta-schema, schemas,
 * references and conformance with the shipped Moodle reference); a file with any problem is left out whole and its
 * problems are reported at file:line:column, while the other files load. A method id may not repeat a shipped one
 * unless the file lists it under {@code overrides}, nor an id of an earlier extra file.
 *
 * <p>Where the folders come from: the host-level system property {@value #PROPERTY} (folders separated by the
 * platform's path separator, {@code :} on Unix), read when the connector is constructed, so it applies to every
 * connection of that connector; or the list a host passes to {@link #load}.
 *
 * <p>Stateless; thread-safe.
 */
public final class CatalogueFolders {
    /** The system property naming the folders, e.g. {@code -Dmoodleconnector.catalogue.dirs=/etc/moodle/methods}. */
    public static final String PROPERTY = "moodleconnector.catalogue.dirs";

    private CatalogueFolders() {
    }

    /** The catalogue and the problems of the extra files that were left out. */
    public record Loaded(Catalogue catalogue, List<Problem> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** The folders named by {@value #PROPERTY}; empty when it is not set. */
    public static List<Path> configured() {
        String value = System.getProperty(PROPERTY, "");
        List<Path> out = new ArrayList<>();
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                out.add(Path.of(part.strip()));
            }
        }
        return out;
    }

    /** The shipped catalogue plus the good files of {@code folders}. */
    public static Loaded load(Catalogue shipped, List<Path> folders) {
        if (folders.isEmpty()) {
            return new Loaded(shipped, List.of());
        }
        List<Problem> problems = new ArrayList<>();
        List<CatalogueSource> sources = sources(folders, problems);
        Map<String, List<Problem>> byFile = new LinkedHashMap<>();
        for (Problem p : new CatalogueLinter().lint(sources)) {
            byFile.computeIfAbsent(p.location().file(), f -> new ArrayList<>()).add(p);
        }
        Set<String> shippedIds = new HashSet<>();
        shipped.methods().forEach(m -> shippedIds.add(m.id()));
        Set<String> taken = new HashSet<>();
        List<CatalogueSource> accepted = new ArrayList<>();
        for (CatalogueSource s : sources) {
            List<Problem> own = new ArrayList<>(byFile.getOrDefault(s.name(), List.of()));
            if (own.isEmpty()) {
                own.addAll(collisions(s, shippedIds, taken));
            }
            if (own.isEmpty()) {
                accepted.add(s);
            } else {
                problems.addAll(own);
            }
        }
        if (accepted.isEmpty()) {
            return new Loaded(shipped, problems);
        }
        return new Loaded(Catalogues.merge(shipped, new CatalogueLoader().load(accepted)), problems);
    }

    /** Ids that repeat a shipped one without an override, or an earlier extra file's; records this file's ids. */
    private static List<Problem> collisions(CatalogueSource s, Set<String> shippedIds, Set<String> taken) {
        LocatedDocument doc;
        try {
            doc = new LocatedYamlReader().read(s.name(), s.text());
        } catch (YamlRefusedException e) {
            return List.of(new Problem(e.location(), e.pointer(), e.getMessage()));
        }
        Set<String> overrides = new HashSet<>();
        doc.root().path("overrides").forEach(o -> overrides.add(o.asString()));
        List<Problem> out = new ArrayList<>();
        Set<String> mine = new HashSet<>();
        JsonNode methods = doc.root().path("methods");
        for (int i = 0; i < methods.size(); i++) {
            String id = methods.get(i).path("id").asString();
            String at = "/methods/" + i + "/id";
            if (taken.contains(id)) {
                out.add(new Problem(doc.locations().locate(at), at, "method id '" + id + "' is already declared by"
                        + " an earlier catalogue file; ids must be unique"));
            } else if (shippedIds.contains(id) && !overrides.contains(id)) {
                out.add(new Problem(doc.locations().locate(at), at, "method id '" + id + "' is a shipped method's;"
                        + " choose another id, or list it under 'overrides' to replace the shipped method"));
            }
            mine.add(id);
        }
        for (int i = 0; i < doc.root().path("overrides").size(); i++) {
            String id = doc.root().path("overrides").get(i).asString();
            if (!shippedIds.contains(id) || !mine.contains(id)) {
                String at = "/overrides/" + i;
                out.add(new Problem(doc.locations().locate(at), at, "overrides '" + id + "', but "
                        + (shippedIds.contains(id) ? "this file declares no method with that id"
                        : "no shipped method has that id")));
            }
        }
        if (out.isEmpty()) {
            taken.addAll(mine);
        }
        return out;
    }

    /** The YAML files of the folders, in name order; a folder or file that cannot be read is a problem. */
    private static List<CatalogueSource> sources(List<Path> folders, List<Problem> problems) {
        List<CatalogueSource> out = new ArrayList<>();
        for (Path folder : folders) {
            List<Path> files;
            try (Stream<Path> listing = Files.list(folder)) {
                files = listing.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted().toList();
            } catch (IOException | RuntimeException e) {
                problems.add(new Problem(new SourceLocation(folder.toString(), 0, 0), "",
                        "cannot list the catalogue folder: " + e));
                continue;
            }
            for (Path f : files) {
                try {
                    if (Files.size(f) > YamlLimits.MAX_DOCUMENT_CHARS * 4L) {
                        problems.add(new Problem(new SourceLocation(f.toString(), 0, 0), "", "the file is larger"
                                + " than a catalogue file may be (" + YamlLimits.MAX_DOCUMENT_CHARS + " characters)"));
                        continue;
                    }
                    out.add(new CatalogueSource(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
                } catch (IOException | RuntimeException e) {
                    problems.add(new Problem(new SourceLocation(f.toString(), 0, 0), "",
                            "cannot read the file: " + e));
                }
            }
        }
        return out;
    }
}
