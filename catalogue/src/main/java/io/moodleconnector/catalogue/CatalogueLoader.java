package io.moodleconnector.catalogue;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads catalogue files into a {@link Catalogue}: YAML, then the typed model, then compiled input schemas. Every
 * problem of every file is collected before failing.
 *
 * <p>Stateless apart from its compiled schema registry; safe to share between threads.
 */
public final class CatalogueLoader {
    private final YAMLMapper yaml = YAMLMapper.builder().build();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    /** The catalogue shipped with the connector. */
    public Catalogue loadShipped() {
        return load(CatalogueSource.shipped());
    }

    /** Loads the given files, in order. @throws CatalogueException listing every problem */
    public Catalogue load(List<CatalogueSource> sources) {
        List<Problem> problems = new ArrayList<>();
        Map<String, MethodDefinition> methods = new LinkedHashMap<>();
        Map<String, Schema> inputSchemas = new LinkedHashMap<>();
        for (CatalogueSource source : sources) {
            JsonNode root = yaml.readTree(source.text());
            JsonNode list = root.path("methods");
            for (int i = 0; i < list.size(); i++) {
                SourceLocation at = new SourceLocation(source.name(), 0, 0);
                MethodDefinition m = ModelReader.method(list.get(i), at);
                if (methods.containsKey(m.id())) {
                    problems.add(new Problem(at, "/methods/" + i + "/id", "duplicate method id '" + m.id() + "'"));
                    continue;
                }
                methods.put(m.id(), m);
                inputSchemas.put(m.id(), schemas.getSchema(m.input()));
            }
        }
        if (!problems.isEmpty()) {
            throw new CatalogueException(problems);
        }
        return new Catalogue(methods, inputSchemas);
    }
}
