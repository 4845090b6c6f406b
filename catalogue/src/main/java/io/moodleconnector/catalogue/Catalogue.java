package io.moodleconnector.catalogue;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.ProbeDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A loaded catalogue: the methods in declaration order, each with its input and output schemas compiled once. A
 * schema the build already proved to compile (the prechecked shipped catalogue) is compiled on its first use: a
 * cold start that calls one method compiles its schemas, not two hundred.
 *
 * <p>Immutable and thread-safe; networknt's compiled {@link Schema}s are safe for concurrent validation, and a
 * schema compiled on first use is compiled once.
 */
public final class Catalogue {
    private final Map<String, MethodDefinition> methods;
    private final Map<String, Supplier<Schema>> inputSchemas;
    private final Map<String, Supplier<Schema>> outputSchemas;
    private final List<ProbeDefinition> probes;

    Catalogue(Map<String, MethodDefinition> methods, Map<String, Supplier<Schema>> inputSchemas,
              Map<String, Supplier<Schema>> outputSchemas) {
        this(methods, inputSchemas, outputSchemas, List.of());
    }

    Catalogue(Map<String, MethodDefinition> methods, Map<String, Supplier<Schema>> inputSchemas,
              Map<String, Supplier<Schema>> outputSchemas, List<ProbeDefinition> probes) {
        this.methods = Collections.unmodifiableMap(new LinkedHashMap<>(methods));
        this.inputSchemas = Map.copyOf(inputSchemas);
        this.outputSchemas = Map.copyOf(outputSchemas);
        this.probes = List.copyOf(probes);
    }

    /** The capability probes, in declaration order. */
    public List<ProbeDefinition> probes() {
        return probes;
    }

    /**
     * The probe that proves a method usable: the one naming it, else its function's probe that names no method;
     * empty when the catalogue declares none (the linter refuses that for the shipped catalogue).
     */
    public Optional<ProbeDefinition> probeFor(MethodDefinition method) {
        Optional<ProbeDefinition> named = probes.stream().filter(p -> p.names(method.id())).findFirst();
        return named.isPresent() ? named : probes.stream()
                .filter(p -> p.function().equals(method.function()) && p.methods().isEmpty()).findFirst();
    }

    /** Every method, in the order the files and the methods in them were declared. */
    public List<MethodDefinition> methods() {
        return List.copyOf(methods.values());
    }

    public Optional<MethodDefinition> method(String id) {
        return Optional.ofNullable(methods.get(id));
    }

    /** The compiled input schema of a method. @throws IllegalArgumentException for an unknown id */
    public Schema inputSchema(String id) {
        return schema(inputSchemas, id);
    }

    /** The compiled schema of a method's normalised result. @throws IllegalArgumentException for an unknown id */
    public Schema outputSchema(String id) {
        return schema(outputSchemas, id);
    }

    private static Schema schema(Map<String, Supplier<Schema>> schemas, String id) {
        Supplier<Schema> schema = schemas.get(id);
        if (schema == null) {
            throw new IllegalArgumentException("no method with id '" + id + "'");
        }
        return schema.get();
    }
}
