package io.moodleconnector.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints connector-vs-baseline ratios from JMH JSON result files ({@code -rf json}): each benchmark method is paired
 * with its baseline in the same class and with the same parameters — {@code connector}/{@code baseline},
 * {@code chunked}/{@code perRecord}; cold start compares the medians of {@code moodle} and {@code empty}.
 *
 * <p>Usage: {@code java -cp benchmarks.jar io.moodleconnector.bench.Ratios RESULT.json...}
 */
public final class Ratios {
    private Ratios() {
    }

    public static void main(String[] args) {
        JsonMapper mapper = JsonMapper.builder().build();
        Map<String, JsonNode> byKey = new LinkedHashMap<>();
        for (String file : args) {
            for (JsonNode run : mapper.readTree(Path.of(file).toFile())) {
                byKey.put(key(run), run);
            }
        }
        System.out.println("RATIOS (connector / baseline; > 1 means the connector is slower)");
        for (Map.Entry<String, JsonNode> e : byKey.entrySet()) {
            String key = e.getKey();
            String partner = key.replace(".connector|", ".baseline|").replace(".chunked|", ".perRecord|")
                    .replace("plugin=moodle", "plugin=empty");
            if (partner.equals(key) || !byKey.containsKey(partner)) {
                continue;
            }
            JsonNode a = e.getValue().get("primaryMetric");
            JsonNode b = byKey.get(partner).get("primaryMetric");
            boolean medians = key.contains("ColdStart");
            double x = medians ? a.get("scorePercentiles").get("50.0").asDouble() : a.get("score").asDouble();
            double y = medians ? b.get("scorePercentiles").get("50.0").asDouble() : b.get("score").asDouble();
            System.out.printf("  %-70s %10.3f vs %10.3f %-6s ratio %.3f (%+.1f%%)%s%n", key, x, y,
                    a.get("scoreUnit").asString(), x / y, (x / y - 1) * 100, medians ? "  [medians]" : "");
        }
    }

    private static String key(JsonNode run) {
        String name = run.get("benchmark").asString();
        name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        StringBuilder params = new StringBuilder();
        JsonNode p = run.get("params");
        if (p != null) {
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                params.append(e.getKey()).append('=').append(e.getValue().asString()).append(' ');
            }
        }
        return name + "|" + params.toString().trim();
    }
}
