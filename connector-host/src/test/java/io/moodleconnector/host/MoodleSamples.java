package io.moodleconnector.host;

import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real exchanges recorded from a Moodle 4.5 site, read from reference/moodle/4.5/samples. */
public final class MoodleSamples {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MoodleSamples() {
    }

    /** The first exchange recorded for {@code function}: {@code request} and {@code response}. */
    public static JsonNode exchange(String function) {
        return read(function + ".json").get("exchanges").get(0);
    }

    /** The error case named {@code caseName} in errors.json. */
    public static JsonNode errorCase(String caseName) {
        for (JsonNode c : read("errors.json").get("cases")) {
            if (c.get("case").asString().equals(caseName)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no error case '" + caseName + "' in errors.json");
    }

    private static JsonNode read(String file) {
        Path path = Path.of(System.getProperty("moodle.reference.dir"), "samples", file);
        return JSON.readTree(path.toFile());
    }
}
