package io.moodleconnector.catalogue;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads catalogue files into a {@link Catalogue}, in the declarative pipeline's order: safe YAML, the meta-schema,
 * the typed model, then registration with every input and output schema compiled once (offline: only local
 * {@code #/...} references). Every problem of every file is collected before failing.
 *
 * <p>The loader checks what the executor relies on; {@link io.moodleconnector.catalogue.lint.CatalogueLinter}
 * checks everything else (conformance with Moodle, lookups, examples).
 *
 * <p>Immutable; safe to share between threads.
 */
public final class CatalogueLoader {
    private final OfflineSchemas schemas = new OfflineSchemas();
    private final CatalogueReader reader = new CatalogueReader(schemas);

    /** The catalogue shipped with the connector. @throws CatalogueException listing every problem */
    public Catalogue loadShipped() {
        return load(CatalogueSource.shipped());
    }

    /** Loads the given files, in order. @throws CatalogueException listing every problem */
    public Catalogue load(List<CatalogueSource> sources) {
        List<Problem> problems = new ArrayList<>();
        Map<String, MethodDefinition> methods = new LinkedHashMap<>();
        Map<String, Schema> inputSchemas = new LinkedHashMap<>();
        Map<String, Schema> outputSchemas = new LinkedHashMap<>();
        Map<String, LocatedMethod> seen = new LinkedHashMap<>();
        for (CatalogueSource source : sources) {
            ReadFile file = reader.read(source);
            problems.addAll(file.problems());
            for (LocatedMethod lm : file.methods()) {
                MethodDefinition m = lm.method();
                LocatedMethod first = seen.putIfAbsent(m.id(), lm);
                if (first != null) {
                    problems.add(lm.problem("/id", duplicateId(m.id(), first)));
                    continue;
                }
                OfflineSchemas.Compiled in = schemas.compile(m.input());
                OfflineSchemas.Compiled out = schemas.compile(m.output().schema());
                problems.addAll(issues(lm, "/input", in.issues()));
                problems.addAll(issues(lm, "/output/schema", out.issues()));
                if (in.ok() && out.ok()) {
                    methods.put(m.id(), m);
                    inputSchemas.put(m.id(), in.schema());
                    outputSchemas.put(m.id(), out.schema());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return new Catalogue(methods, inputSchemas, outputSchemas);
    }

    /** The message for an id declared twice; shared with the linter so both say the same. */
    public static String duplicateId(String id, LocatedMethod first) {
        return "duplicate method id '" + id + "'; first declared at " + first.method().location();
    }

    /** Schema issues as problems under {@code base} (e.g. {@code /input}) of a method. */
    public static List<Problem> issues(LocatedMethod m, String base, List<SchemaIssue> issues) {
        List<Problem> out = new ArrayList<>();
        for (SchemaIssue i : issues) {
            out.add(m.problem(base + i.pointer(), i.message()));
        }
        return out;
    }
}
