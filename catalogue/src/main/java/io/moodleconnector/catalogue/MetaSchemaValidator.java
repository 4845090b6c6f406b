package io.moodleconnector.catalogue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.schema.Lazy;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.yaml.SourceMap;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * Checks a catalogue document against {@code catalogue.schema.json}, turning each error into a {@link Problem} at
 * the offending node's line and column. An unknown key is reported at the key itself, with the nearest allowed key
 * when the key looks like a typo of it.
 */
final class MetaSchemaValidator {
    static final String RESOURCE = "/io/moodleconnector/catalogue/catalogue.schema.json";

    // Compiled on first use: loading the prechecked shipped catalogue never needs it.
    private final Lazy<Schema> schema;

    MetaSchemaValidator(OfflineSchemas schemas) {
        this.schema = new Lazy<>(() -> schemas.compileResource(RESOURCE));
    }

    List<Problem> validate(JsonNode document, SourceMap locations) {
        List<Problem> out = new ArrayList<>();
        for (Error e : schema.get().validate(document)) {
            String at = e.getInstanceLocation().toString();
            if ("additionalProperties".equals(e.getKeyword()) && e.getProperty() != null) {
                String pointer = at + "/" + JsonPointers.escape(e.getProperty());
                out.add(new Problem(locations.locate(pointer), pointer, unknownKey(e)));
            } else {
                out.add(new Problem(locations.locate(at), at, e.getMessage()));
            }
        }
        // networknt reports in schema order; authors read files top to bottom.
        out.sort(java.util.Comparator.<Problem>comparingInt(p -> p.location().line())
                .thenComparingInt(p -> p.location().column()));
        return out;
    }

    private String unknownKey(Error e) {
        String loc = e.getSchemaLocation().toString();
        String parent = loc.substring(loc.indexOf('#') + 1, loc.lastIndexOf('/'));
        JsonNode properties = schema.get().getSchemaNode().at(parent).path("properties");
        List<String> allowed = StreamSupport.stream(properties.propertyNames().spliterator(), false).toList();
        String key = e.getProperty();
        String nearest = null;
        int best = 3;
        for (String a : allowed) {
            int d = Typos.distance(key, a);
            if (d < best) {
                best = d;
                nearest = a;
            }
        }
        if (nearest != null) {
            return "unknown key '" + key + "'; did you mean '" + nearest + "'?";
        }
        return "unknown key '" + key + "'; expected one of: " + allowed.stream().collect(Collectors.joining(", "));
    }
}
