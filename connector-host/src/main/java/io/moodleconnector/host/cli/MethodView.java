package io.moodleconnector.host.cli;

import io.moodleconnector.spi.Lookup;
import io.moodleconnector.spi.MethodDescriptor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link MethodDescriptor} as plain JSON values (summary or full) and as text for people. */
final class MethodView {
    private MethodView() {
    }

    /** id, name, category, function and access: one row of {@code methods}. */
    static Map<String, Object> summary(MethodDescriptor m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("id", m.id());
        v.put("name", m.name());
        v.put("category", m.category());
        v.put("function", m.function());
        v.put("readOnly", m.readOnly());
        return v;
    }

    /** Everything {@code describe} shows. */
    static Map<String, Object> full(MethodDescriptor m) {
        Map<String, Object> v = summary(m);
        v.put("description", m.description());
        v.put("capabilities", m.capabilities());
        v.put("lookups", m.lookups().stream().map(MethodView::lookup).toList());
        v.put("inputSchema", m.inputSchema());
        v.put("outputSchema", m.outputSchema());
        return v;
    }

    private static Map<String, Object> lookup(Lookup l) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("field", l.field());
        v.put("method", l.method());
        v.put("value", l.valueField());
        v.put("label", l.labelField());
        v.put("parameters", l.parameters());
        return v;
    }

    /** The methods as an aligned table. */
    static String table(List<MethodDescriptor> methods) {
        String[] header = {"ID", "NAME", "CATEGORY", "FUNCTION"};
        int[] width = new int[header.length];
        for (int i = 0; i < header.length; i++) {
            width[i] = header[i].length();
        }
        for (MethodDescriptor m : methods) {
            String[] row = row(m);
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendRow(out, header, width);
        methods.forEach(m -> appendRow(out, row(m), width));
        return out.toString();
    }

    private static String[] row(MethodDescriptor m) {
        return new String[] {m.id(), m.name(), m.category(), m.function()};
    }

    private static void appendRow(StringBuilder out, String[] cells, int[] width) {
        for (int i = 0; i < cells.length; i++) {
            out.append(i == cells.length - 1 ? cells[i] : String.format("%-" + (width[i] + 2) + "s", cells[i]));
        }
        out.append(System.lineSeparator());
    }

    /** A readable description: header, capabilities, lookups and both schemas. */
    static String text(MethodDescriptor m) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(m.name()).append(" (").append(m.id()).append(')').append(nl);
        out.append("  category:     ").append(m.category()).append(nl);
        out.append("  function:     ").append(m.function()).append(m.readOnly() ? " (read)" : " (write)").append(nl);
        out.append("  capabilities: ").append(m.capabilities().isEmpty() ? "-" : String.join(", ", m.capabilities()))
                .append(nl).append(nl);
        out.append(m.description().strip()).append(nl);
        if (!m.lookups().isEmpty()) {
            out.append(nl).append("Lookups:").append(nl);
            for (Lookup l : m.lookups()) {
                out.append("  ").append(l.field()).append(" <- ").append(l.method()).append(" (value ")
                        .append(l.valueField()).append(", label ").append(l.labelField());
                l.parameters().forEach((to, from) -> out.append(", ").append(to).append(" from ").append(from));
                out.append(')').append(nl);
            }
        }
        out.append(nl).append("Input schema:").append(nl).append(Json.pretty(m.inputSchema())).append(nl);
        out.append(nl).append("Output schema:").append(nl).append(Json.pretty(m.outputSchema())).append(nl);
        return out.toString();
    }
}
