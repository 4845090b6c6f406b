package io.moodleconnector.catalogue.schema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The one place schemas are compiled: a networknt {@link SchemaRegistry} for JSON Schema 2020-12 whose loader
 * only lets through the draft's own meta-schemas (bundled in the validator jar). Any other IRI, {@code http(s)},
 * {@code file} or {@code classpath}, is refused, so compiling or validating never touches the network or disk.
 *
 * <p>Thread-safe (the registry is built once, on first use); compiled {@link Schema}s may be shared between threads.
 */
public final class OfflineSchemas {
    private static final String META_PREFIX = "https://json-schema.org/draft/2020-12/";

    // Built on the first compile: loading the plugin and a first call whose input is certainly valid never need the
    // registry (its dialect, formats and keyword factories are a good part of a cold start). A nested class made by a
    // method of this one, so that neither verifying this class nor linking the supplier loads a networknt class.
    private final Lazy<Compiler> compiler = new Lazy<>(OfflineSchemas::newCompiler);

    private static Compiler newCompiler() {
        return new Compiler();
    }

    /** The registry, and the 2020-12 meta-schema, loaded on first check only (see {@link #compilePrechecked}). */
    private static final class Compiler {
        final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemaLoader(l -> l.allow(iri -> iri.toString().startsWith(META_PREFIX)))
                        .schemaRegistryConfig(SchemaRegistryConfig.builder()
                                .regularExpressionFactory(LinearRegex.INSTANCE).build()));
        final Lazy<Schema> metaSchema =
                new Lazy<>(() -> registry.getSchema(SchemaLocation.of(META_PREFIX + "schema")));
    }

    /** The outcome of compiling: the schema, or why it could not be compiled. */
    public record Compiled(Schema schema, List<SchemaIssue> issues) {
        public Compiled {
            issues = List.copyOf(issues);
        }

        public boolean ok() {
            return issues.isEmpty();
        }
    }

    /**
     * Checks {@code schema} against the 2020-12 meta-schema and the local-reference rule, then compiles it.
     * Never throws for a bad schema: the issues say what is wrong.
     */
    public Compiled compile(JsonNode schema) {
        List<SchemaIssue> issues = new ArrayList<>(LocalRefGuard.check(schema));
        issues.addAll(validate(compiler.get().metaSchema.get(), schema));
        PatternGuard.check(schema, "", issues);
        if (issues.isEmpty()) {
            RefCycleGuard.check(schema, issues);
        }
        if (!issues.isEmpty()) {
            return new Compiled(null, issues);
        }
        return compilePrechecked(schema);
    }

    /**
     * Compiles a schema that already passed {@link #compile} when the build checked it (the prechecked shipped
     * catalogue): the meta-schema and reference checks are not repeated. Never throws for a bad schema.
     */
    public Compiled compilePrechecked(JsonNode schema) {
        try {
            return new Compiled(compiler.get().registry.getSchema(schema), List.of());
        } catch (RuntimeException e) {
            // SchemaException, or whatever the validator throws on a schema the guards above did not foresee:
            // a problem to report, never an exception out of a check.
            return new Compiled(null, List.of(new SchemaIssue("", "does not compile: " + e.getMessage())));
        }
    }

    /** Compiles a trusted schema shipped on the classpath (e.g. the catalogue meta-schema). */
    public Schema compileResource(String resource) {
        try (InputStream in = OfflineSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return compiler.get().registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Validates {@code instance}, each error as the instance pointer and networknt's message. */
    public static List<SchemaIssue> validate(Schema schema, JsonNode instance) {
        List<SchemaIssue> out = new ArrayList<>();
        try {
            for (Error e : schema.validate(instance)) {
                out.add(new SchemaIssue(e.getInstanceLocation().toString(), e.getMessage()));
            }
        } catch (RuntimeException | StackOverflowError e) {
            out.add(new SchemaIssue("", "cannot be validated: " + e));
        }
        return out;
    }
}
