package io.moodleconnector.catalogue;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.schema.Lazy;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Loads catalogue files into a {@link Catalogue}, in the declarative pipeline's order: safe YAML, the meta-schema,
 * the typed model, then registration with every input and output schema compiled once (offline: only local
 * {@code #/...} references). Every problem of every file is collected before failing.
 *
 * <p>The shipped catalogue is loaded from its {@link PrecheckedCatalogue prechecked form} when that was made from
 * the very YAML on the classpath: the build ran every check above on it, so only the model is built at load, and each
 * schema is compiled on its first use (the build proved it compiles). Should reading the model fail on that path, the
 * files are loaded the full way, which reports the problem at its line and column.
 *
 * <p>The loader checks what the executor relies on; {@link io.moodleconnector.catalogue.lint.CatalogueLinter}
 * checks everything else (conformance with Moodle, lookups, examples).
 *
 * <p>Immutable; safe to share between threads.
 */
public final class CatalogueLoader {
    private final OfflineSchemas schemas = new OfflineSchemas();
    // Made on first use: the YAML parser behind it is not needed to load the prechecked shipped catalogue.
    private final Lazy<CatalogueReader> reader = new Lazy<>(() -> new CatalogueReader(schemas));

    /** The catalogue shipped with the connector. @throws CatalogueException listing every problem */
    public Catalogue loadShipped() {
        List<CatalogueSource> sources = CatalogueSource.shipped();
        return PrecheckedCatalogue.read(sources).flatMap(this::loadPrechecked).orElseGet(() -> load(sources));
    }

    /** Loads the given files, in order, with every check. @throws CatalogueException listing every problem */
    public Catalogue load(List<CatalogueSource> sources) {
        List<Problem> problems = new ArrayList<>();
        Registry registry = new Registry();
        for (CatalogueSource source : sources) {
            ReadFile file = reader.get().read(source);
            problems.addAll(file.problems());
            file.probes().forEach(lp -> registry.probes.add(lp.probe()));
            for (LocatedMethod lm : file.soundMethods()) {
                MethodDefinition m = lm.method();
                LocatedMethod first = registry.seen.putIfAbsent(m.id(), lm);
                if (first != null) {
                    problems.add(lm.problem("/id", duplicateId(m.id(), first)));
                    continue;
                }
                OfflineSchemas.Compiled in = schemas.compile(m.input());
                OfflineSchemas.Compiled out = schemas.compile(m.output().schema());
                problems.addAll(issues(lm, "/input", in.issues()));
                problems.addAll(issues(lm, "/output/schema", out.issues()));
                registry.add(m, in, out);
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return registry.catalogue();
    }

    /**
     * The catalogue from prechecked trees, each schema compiled on first use; empty when anything fails, for the
     * caller to load the full way.
     */
    private Optional<Catalogue> loadPrechecked(List<PrecheckedCatalogue.Method> prechecked) {
        Registry registry = new Registry();
        for (PrecheckedCatalogue.Method pm : prechecked) {
            if (pm.probe()) {
                registry.probes.add(ModelReader.probe(pm.tree(), pm.location()));
                continue;
            }
            MethodDefinition m = ModelReader.method(pm.tree(), pm.location());
            if (registry.methods.containsKey(m.id())) {
                return Optional.empty();
            }
            registry.methods.put(m.id(), m);
            registry.inputSchemas.put(m.id(), new Lazy<>(() -> compiled(m.id(), "/input", m.input())));
            registry.outputSchemas.put(m.id(), new Lazy<>(() -> compiled(m.id(), "/output/schema",
                    m.output().schema())));
        }
        return Optional.of(registry.catalogue());
    }

    /** A prechecked schema, compiled; the build proved it compiles, so a failure here is a defect, not bad input. */
    private Schema compiled(String id, String where, JsonNode schema) {
        OfflineSchemas.Compiled c = schemas.compilePrechecked(schema);
        if (!c.ok()) {
            throw new IllegalStateException("the prechecked schema " + where + " of '" + id + "' does not compile: "
                    + c.issues());
        }
        return c.schema();
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

    /** The methods registered so far, with their compiled schemas. One per load; not thread-safe. */
    private static final class Registry {
        final Map<String, MethodDefinition> methods = new LinkedHashMap<>();
        final Map<String, Supplier<Schema>> inputSchemas = new LinkedHashMap<>();
        final Map<String, Supplier<Schema>> outputSchemas = new LinkedHashMap<>();
        final Map<String, LocatedMethod> seen = new LinkedHashMap<>();
        final List<ProbeDefinition> probes = new ArrayList<>();

        /** Registers the method when both schemas compiled; returns whether it did. */
        boolean add(MethodDefinition m, OfflineSchemas.Compiled in, OfflineSchemas.Compiled out) {
            if (!in.ok() || !out.ok()) {
                return false;
            }
            methods.put(m.id(), m);
            Schema input = in.schema();
            Schema output = out.schema();
            inputSchemas.put(m.id(), () -> input);
            outputSchemas.put(m.id(), () -> output);
            return true;
        }

        Catalogue catalogue() {
            return new Catalogue(methods, inputSchemas, outputSchemas, probes);
        }
    }
}
