package io.moodleconnector.catalogue.lint;

import io.moodleconnector.catalogue.model.Conversion;
import io.moodleconnector.catalogue.model.JsonPointers;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.OutputMapping;
import io.moodleconnector.catalogue.reference.MoodleFunction;
import io.moodleconnector.catalogue.reference.MoodleStructure;
import io.moodleconnector.catalogue.schema.OfflineSchemas;
import io.moodleconnector.catalogue.schema.SchemaIssue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The output mapping against Moodle's declared returns: {@code data} and every {@code convert} pointer select
 * something Moodle returns (and the conversion fits its type), {@code single} and {@code perItem} apply to a list,
 * and a function that returns nothing yields {@code {"success": true}}.
 */
final class OutputConformance {
    private OutputConformance() {
    }

    static List<SchemaIssue> check(MethodDefinition m, MoodleFunction f, OfflineSchemas schemas) {
        List<SchemaIssue> out = new ArrayList<>();
        OutputMapping o = m.output();
        if (f.returnsNothing()) {
            if (!o.data().isEmpty() || !o.convert().isEmpty() || o.single() || o.perItem()) {
                out.add(new SchemaIssue("/output", f.name() + " returns nothing, so the result is "
                        + "{\"success\": true}: leave out data, convert, single and perItem"));
            }
            OfflineSchemas.Compiled schema = schemas.compile(o.schema());
            var success = JsonNodeFactory.instance.objectNode().put("success", true);
            if (schema.ok() && !OfflineSchemas.validate(schema.schema(), success).isEmpty()) {
                out.add(new SchemaIssue("/output/schema", f.name() + " returns nothing, so the result is "
                        + "{\"success\": true}, which this schema rejects"));
            }
            return out;
        }
        MoodleStructure data = select(f.returns(), o.data());
        if (data == null) {
            out.add(new SchemaIssue("/output/data", "data pointer '" + o.data() + "' selects nothing in what "
                    + f.name() + " returns"));
            return out;
        }
        if ((o.single() || o.perItem()) && data.kind() != MoodleStructure.Kind.ARRAY) {
            out.add(new SchemaIssue("/output", "single and perItem need the data to be a list, but '" + o.data()
                    + "' is " + data.kind().name().toLowerCase(java.util.Locale.ROOT) + " in what " + f.name()
                    + " returns"));
        }
        if (o.perItem() && m.batch() == null) {
            out.add(new SchemaIssue("/output/perItem", "perItem needs a batch array"));
        }
        for (Map.Entry<String, Conversion> c : o.convert().entrySet()) {
            String at = "/output/convert/" + JsonPointers.escape(c.getKey());
            MoodleStructure target = select(data, c.getKey());
            if (target == null) {
                out.add(new SchemaIssue(at, "convert pointer '" + c.getKey() + "' selects nothing in the data"
                        + " of what " + f.name() + " returns"));
            } else if (target.kind() != MoodleStructure.Kind.VALUE) {
                out.add(new SchemaIssue(at, "convert pointer '" + c.getKey() + "' selects a structure, not a value"));
            } else {
                String mismatch = MoodleTypes.conversionMismatch(c.getValue(), target.type());
                if (mismatch != null) {
                    out.add(new SchemaIssue(at, mismatch));
                }
            }
        }
        return out;
    }

    /** The declared structure at a wildcard pointer, or null. */
    static MoodleStructure select(MoodleStructure root, String pointer) {
        MoodleStructure s = root;
        for (String seg : JsonPointers.tokens(pointer)) {
            if (s.kind() == MoodleStructure.Kind.ARRAY && SchemaNav.isIndex(seg)) {
                s = s.content();
            } else if (s.kind() == MoodleStructure.Kind.OBJECT && s.keys().containsKey(seg)) {
                s = s.keys().get(seg);
            } else {
                return null;
            }
        }
        return s;
    }
}
