package io.moodleconnector.catalogue;

import com.networknt.schema.Schema;
import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Merges catalogues: the shipped one, then methods from folders, which may replace shipped ones they override. */
final class Catalogues {
    private Catalogues() {
    }

    /** {@code base} with {@code extra}'s methods appended, or put in place of a base method of the same id. */
    static Catalogue merge(Catalogue base, Catalogue extra) {
        Map<String, MethodDefinition> methods = new LinkedHashMap<>();
        Map<String, Supplier<Schema>> in = new LinkedHashMap<>();
        Map<String, Supplier<Schema>> out = new LinkedHashMap<>();
        for (Catalogue c : new Catalogue[] {base, extra}) {
            for (MethodDefinition m : c.methods()) {
                String id = m.id();
                methods.put(id, m);
                // Asked, not compiled here: each catalogue compiles a schema on its first use.
                in.put(id, () -> c.inputSchema(id));
                out.put(id, () -> c.outputSchema(id));
            }
        }
        return new Catalogue(methods, in, out);
    }
}
