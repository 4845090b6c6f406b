package io.moodleconnector.moodle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The real exchanges recorded off Moodle 4.5, read from the repository's reference/moodle/4.5/samples. */
public final class Samples {
    public static final Path DIR = Path.of("..", "reference", "moodle", "4.5", "samples");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Samples() {
    }

    public static JsonNode file(String name) {
        try {
            return JSON.readTree(Files.readString(DIR.resolve(name)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One exchange of a function's sample file, by its case name. */
    public static JsonNode exchange(String function, String caseName) {
        for (JsonNode e : file(function + ".json").path("exchanges")) {
            if (e.path("case").asString().equals(caseName)) {
                return e;
            }
        }
        throw new IllegalArgumentException("no case '" + caseName + "' in " + function);
    }

    /** The exact request body Moodle got, with the redacted TOKEN replaced by the given token. */
    public static String requestBody(String function, String caseName, String token) {
        return exchange(function, caseName).path("request").path("body").asString().replace("TOKEN", token);
    }

    /** The exact response body Moodle sent. */
    public static String responseBody(String function, String caseName) {
        return exchange(function, caseName).path("response").path("body").asString();
    }
}
