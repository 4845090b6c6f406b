package io.moodleconnector.catalogue.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Build step: splits the shipped {@code functions-all.json.gz} into one resource per function and an index (the
 * release, the version and the names in order), which {@link MoodleReference#shipped()} reads lazily.
 */
public final class ReferenceSplitter {
    private ReferenceSplitter() {
    }

    /**
     * @param args the reference document (plain or gzip-compressed) and the classes output folder
     */
    public static void main(String[] args) throws IOException {
        JsonNode root;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            root = MoodleReference.document(in);
        }
        Path out = Path.of(args[1], MoodleReference.SHIPPED_DIR.substring(1));
        Path functions = Files.createDirectories(out.resolve(MoodleReference.FUNCTIONS));
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode index = json.createObjectNode();
        index.put("moodle_release", root.path("moodle_release").asString(""));
        index.put("moodle_version", root.path("moodle_version").asString(""));
        ArrayNode names = index.putArray("functions");
        for (JsonNode f : root.path("functions")) {
            String name = f.path("name").asString();
            if (!name.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("unexpected function name '" + name + "'");
            }
            names.add(name);
            Files.writeString(functions.resolve(name + ".json"), json.writeValueAsString(f));
        }
        Files.writeString(out.resolve(MoodleReference.INDEX), json.writeValueAsString(index));
    }
}
