package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.yaml.LocatedDocument;
import io.moodleconnector.catalogue.yaml.LocatedYamlReader;
import io.moodleconnector.catalogue.yaml.SourceMap;
import io.moodleconnector.catalogue.yaml.YamlRefusedException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads one catalogue file through the first two stages of the pipeline: safe YAML, then the meta-schema, then the
 * typed model for every method whose declaration passed or whose problems are {@link RecoverableProblems
 * recoverable} (so that the linter reports a method's other problems too; the loader refuses any file with a
 * problem). Never throws for bad content; problems are returned.
 *
 * <p>Immutable and thread-safe.
 */
public final class CatalogueReader {
    private final LocatedYamlReader yaml = new LocatedYamlReader();
    private final MetaSchemaValidator metaSchema;

    public CatalogueReader(OfflineSchemas schemas) {
        this.metaSchema = new MetaSchemaValidator(schemas);
    }

    public ReadFile read(CatalogueSource source) {
        LocatedDocument doc;
        try {
            doc = yaml.read(source.name(), source.text());
        } catch (YamlRefusedException e) {
            return new ReadFile(source, SourceMap.empty(source.name()), List.of(),
                    List.of(new Problem(e.location(), e.pointer(), e.getMessage())));
        }
        List<Problem> problems = metaSchema.validate(doc.root(), doc.locations());
        List<LocatedMethod> methods = new ArrayList<>();
        JsonNode list = doc.root().path("methods");
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                String pointer = "/methods/" + i;
                if (problems.stream().anyMatch(p -> p.pointer().isEmpty())) {
                    continue;
                }
                JsonNode tree = RecoverableProblems.readable(list.get(i), pointer,
                        problems.stream().filter(p -> within(p.pointer(), pointer)).toList());
                if (tree != null) {
                    MethodDefinition m = ModelReader.method(tree, doc.locations().locate(pointer));
                    methods.add(new LocatedMethod(m, pointer, doc.locations()));
                }
            }
        }
        List<LocatedProbe> probes = new ArrayList<>();
        JsonNode probeList = doc.root().path("probes");
        for (int i = 0; i < probeList.size(); i++) {
            String pointer = "/probes/" + i;
            if (problems.stream().noneMatch(p -> within(p.pointer(), pointer) || p.pointer().isEmpty())) {
                probes.add(new LocatedProbe(ModelReader.probe(probeList.get(i), doc.locations().locate(pointer)),
                        pointer, doc.locations()));
            }
        }
        return new ReadFile(source, doc.locations(), methods, problems, probes);
    }

    private static boolean within(String pointer, String prefix) {
        return pointer.equals(prefix) || pointer.startsWith(prefix + "/");
    }
}
