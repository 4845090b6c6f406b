package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.MethodDefinition;
import java.util.LinkedHashMap;
import java.util.Map;

/** Merges catalogues: the shipped one, then methods from folders, which may replace shipped ones they override. */
final class Catalogues {
    private Catalogues() {
    }

    /** {@code base} with {@code extra}'s methods appended, or put in place of a base method of the same id. */
    static Catalogue merge(Catalogue base, Catalogue extra) {
        Map<String, MethodDefinition> methods = new LinkedHashMap<>();
        Map<String, com.networknt.schema.Schema> in = new LinkedHashMap<>();
        Map<String, com.networknt.schema.Schema> out = new LinkedHashMap<>();
        for (Catalogue c : new Catalogue[] {base, extra}) {
            for (MethodDefinition m : c.methods()) {
                methods.put(m.id(), m);
                in.put(m.id(), c.inputSchema(m.id()));
                out.put(m.id(), c.outputSchema(m.id()));
            }
        }
        return new Catalogue(methods, in, out);
    }
}
