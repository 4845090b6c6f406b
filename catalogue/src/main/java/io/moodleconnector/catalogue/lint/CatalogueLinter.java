package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.CatalogueReader;
import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.catalogue.LocatedMethod;
import io.moodleconnector.catalogue.Problem;
import io.moodleconnector.catalogue.ReadFile;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.SourceLocation;
import io.moodleconnector.catalogue.reference.MoodleReference;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lints catalogue files and reports every problem, as {@code file:line:column: pointer: message}
 * ({@link Problem#toString()}). Never throws for bad content: unreadable files, bad YAML, hostile YAML and bad
 * methods all become problems.
 *
 * <p>The checks: the meta-schema; every input/output schema compiles as JSON Schema 2020-12 and every example
 * validates; ids unique, lookups and {@code batch} resolve; conformance with what Moodle declares; and, for the
 * shipped catalogue only, coverage of the seed functions. Lookups may name methods of the shipped catalogue as well
 * as of the linted files.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueLinter {
    private static final List<LintCheck> CHECKS = List.of(new MetaSchemaCheck(), new SchemaCompileCheck(),
            new ReferenceCheck(), new MoodleConformanceCheck(), new BoundedTextCheck(), new EnsureCheck(),
            new MatchCheck(), new ProbeCheck());

    private final MoodleReference reference;
    private final OfflineSchemas schemas = new OfflineSchemas();
    private final CatalogueReader reader = new CatalogueReader(schemas);

    /** A linter checking against the shipped Moodle 4.5 reference. */
    public CatalogueLinter() {
        this(MoodleReference.shipped());
    }

    public CatalogueLinter(MoodleReference reference) {
        this.reference = reference;
    }

    /** Lints the given files (no coverage check). */
    public List<Problem> lint(List<CatalogueSource> sources) {
        return lint(sources, false);
    }

    /** Lints files on disk (no coverage check); a file that cannot be read is a problem too. */
    public List<Problem> lintPaths(List<Path> files) {
        List<CatalogueSource> sources = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (Path p : files) {
            try {
                sources.add(CatalogueSource.read(p));
            } catch (CatalogueSource.TooLargeException e) {
                unreadable.add(new Problem(new SourceLocation(p.toString(), 0, 0), "", e.getMessage()));
            } catch (IOException | java.io.UncheckedIOException e) {
                unreadable.add(new Problem(new SourceLocation(p.toString(), 0, 0), "",
                        "cannot read the file: " + e));
            }
        }
        List<Problem> out = new ArrayList<>(unreadable);
        out.addAll(lint(sources));
        return out;
    }

    /** Lints the shipped catalogue, including the check that every seed function is covered. */
    public List<Problem> lintShipped() {
        return lint(CatalogueSource.shipped(), true);
    }

    /** Lints the given files; {@code coverage} adds the seed-function coverage check. */
    public List<Problem> lint(List<CatalogueSource> sources, boolean coverage) {
        List<ReadFile> files = sources.stream().map(reader::read).toList();
        List<LocatedMethod> methods = files.stream().flatMap(f -> f.methods().stream()).toList();
        Map<String, MethodDefinition> targets = new LinkedHashMap<>();
        methods.forEach(m -> targets.putIfAbsent(m.method().id(), m.method()));
        if (!coverage) {
            for (CatalogueSource s : CatalogueSource.shipped()) {
                reader.read(s).methods().forEach(m -> targets.putIfAbsent(m.method().id(), m.method()));
            }
        }
        LintContext context = new LintContext(files, methods, targets, reference, schemas);
        List<Problem> out = new ArrayList<>();
        for (LintCheck check : CHECKS) {
            out.addAll(GuardedCheck.run(check, context));
        }
        if (coverage) {
            out.addAll(GuardedCheck.run(new CoverageCheck(), context));
        }
        return sorted(out, sources);
    }

    /** In file order, then by line and column; the order checks ran in breaks ties. */
    private static List<Problem> sorted(List<Problem> problems, List<CatalogueSource> sources) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            fileOrder.putIfAbsent(sources.get(i).name(), i);
        }
        List<Problem> out = new ArrayList<>(problems);
        out.sort(Comparator.<Problem>comparingInt(p -> fileOrder.getOrDefault(p.location().file(), -1))
                .thenComparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return List.copyOf(out);
    }
}
