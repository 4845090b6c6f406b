package io.moodleconnector.catalogue;

import io.moodleconnector.catalogue.model.Access;
import io.moodleconnector.catalogue.model.Conversion;
import io.moodleconnector.catalogue.model.EnsureDefinition;
import io.moodleconnector.catalogue.model.EnsureStep;
import io.moodleconnector.catalogue.model.LookupDefinition;
import io.moodleconnector.catalogue.model.MatchCondition;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.OutputMapping;
import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.model.ProbeVerdict;
import io.moodleconnector.catalogue.model.RequestMapping;
import io.moodleconnector.catalogue.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads one method's YAML tree into a {@link MethodDefinition} (and one probe's into a {@link ProbeDefinition}).
 * It trusts the tree's shape, which the meta-schema
 * has already checked, so it has no error handling of its own beyond what the meta-schema cannot say.
 */
final class ModelReader {
    private ModelReader() {
    }

    static MethodDefinition method(JsonNode m, SourceLocation location) {
        return new MethodDefinition(
                m.path("id").asString(),
                m.path("name").asString(),
                m.path("category").asString(),
                m.path("description").asString(),
                m.path("function").asString(),
                m.has("access") ? Access.valueOf(m.path("access").asString().toUpperCase(Locale.ROOT)) : null,
                strings(m.path("capabilities")),
                m.path("input"),
                request(m.path("request")),
                m.hasNonNull("batch") ? m.get("batch").asString() : null,
                output(m.path("output")),
                lookups(m.path("lookups")),
                list(m.path("examples")),
                location,
                ensure(m.path("ensure")));
    }

    private static EnsureDefinition ensure(JsonNode e) {
        if (!e.isObject()) {
            return null;
        }
        List<EnsureStep> find = new ArrayList<>();
        e.path("find").forEach(step -> find.add(step(step)));
        return new EnsureDefinition(e.hasNonNull("each") ? e.get("each").asString() : null, find,
                step(e.path("create")));
    }

    private static EnsureStep step(JsonNode s) {
        if (!s.has("input")) {
            return new EnsureStep(s.path("method").asString(), EnsureStep.WHOLE_INPUT);
        }
        Map<String, String> input = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : s.path("input").properties()) {
            input.put(e.getKey(), e.getValue().asString());
        }
        return new EnsureStep(s.path("method").asString(), input);
    }

    static ProbeDefinition probe(JsonNode p, SourceLocation location) {
        List<ProbeVerdict> verdicts = new ArrayList<>();
        for (JsonNode v : p.path("verdicts")) {
            verdicts.add(verdict(v));
        }
        return new ProbeDefinition(p.path("function").asString(), p.hasNonNull("variant") ? p.get("variant").asString()
                : null, strings(p.path("methods")), ProbeDefinition.Kind.fromYaml(p.path("kind").asString()),
                p.path("why").asString(), p.hasNonNull("params") ? p.get("params") : null,
                p.hasNonNull("proxy") ? p.get("proxy").asString() : null, verdicts, location);
    }

    private static ProbeVerdict verdict(JsonNode v) {
        ProbeVerdict.Match match = ProbeVerdict.Match.ANSWER;
        String value = "";
        for (ProbeVerdict.Match m : ProbeVerdict.Match.values()) {
            String key = m.name().toLowerCase(Locale.ROOT);
            if (v.has(key)) {
                match = m;
                value = m == ProbeVerdict.Match.ANSWER ? "" : v.get(key).asString();
            }
        }
        ProbeVerdict.Outcome outcome = v.has("usable") ? ProbeVerdict.Outcome.USABLE
                : v.has("courseAccess") ? ProbeVerdict.Outcome.COURSE_ACCESS_MISSING
                : v.has("missing") ? ProbeVerdict.Outcome.CAPABILITY_MISSING : ProbeVerdict.Outcome.UNPROVEN;
        String text = v.has("unproven") ? v.get("unproven").asString()
                : v.hasNonNull("note") ? v.get("note").asString() : null;
        return new ProbeVerdict(match, value, outcome, v.hasNonNull("missing") ? v.get("missing").asString() : null,
                v.hasNonNull("context") ? v.get("context").asString() : null, text);
    }

    private static RequestMapping request(JsonNode r) {
        if (r.isMissingNode() || r.isNull()) {
            return RequestMapping.IDENTITY;
        }
        Map<String, JsonNode> defaults = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : r.path("defaults").properties()) {
            defaults.put(e.getKey(), e.getValue());
        }
        JsonNode template = r.get("template");
        return new RequestMapping(template == null || template.isNull() ? null : template, defaults,
                strings(r.path("asText")));
    }

    private static OutputMapping output(JsonNode o) {
        Map<String, Conversion> convert = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : o.path("convert").properties()) {
            convert.put(e.getKey(), Conversion.fromYaml(e.getValue().asString()));
        }
        List<MatchCondition> match = new ArrayList<>();
        for (JsonNode c : o.path("match")) {
            match.add(new MatchCondition(c.path("field").asString(), c.path("input").asString(),
                    c.path("ignoreCase").asBoolean(false)));
        }
        return new OutputMapping(o.path("data").asString(""), convert, o.path("single").asBoolean(false),
                o.path("perItem").asBoolean(false), o.path("schema"), match);
    }

    private static List<LookupDefinition> lookups(JsonNode l) {
        List<LookupDefinition> out = new ArrayList<>();
        for (JsonNode n : l) {
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : n.path("parameters").properties()) {
                parameters.put(e.getKey(), e.getValue().asString());
            }
            out.add(new LookupDefinition(n.path("field").asString(), n.path("method").asString(),
                    n.path("value").asString(), n.path("label").asString(), parameters));
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            out.add(n.asString());
        }
        return out;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
