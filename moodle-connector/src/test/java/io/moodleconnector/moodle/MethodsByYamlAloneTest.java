package io.moodleconnector.moodle;

import static io.moodleconnector.moodle.Fixtures.FAKE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.CatalogueSource;
import io.moodleconnector.spi.MethodResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A function the catalogue lacks becomes a working method by a YAML file alone, with no Java change. */
class MethodsByYamlAloneTest {
    private static final String YAML = """
            methods:
              - id: categories.list
                name: List Categories
                category: Courses
                description: Lists course categories matching criteria.
                function: core_course_get_categories
                access: read
                capabilities: [moodle/category:viewcourselist]
                input:
                  type: object
                  additionalProperties: false
                  properties:
                    criteria:
                      type: array
                      items:
                        type: object
                        additionalProperties: false
                        required: [key, value]
                        properties:
                          key: {type: string, enum: [id, name, parent, idnumber, visible, theme]}
                          value: {type: string}
                    addsubcategories: {type: boolean}
                request:
                  defaults:
                    /addsubcategories: false
                output:
                  data: ""
                  convert:
                    /*/visible: boolean
                    /*/timemodified: timestamp
                  schema: {type: array}
            """;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    @Test
    void newYamlMethodRunsThroughTheRealConnector() throws Exception {
        Path file = Files.writeString(dir.resolve("categories.yaml"), YAML);
        List<CatalogueSource> sources = new ArrayList<>(CatalogueSource.shipped());
        sources.add(CatalogueSource.of(file));
        server.enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json")
                .body("[{\"id\":3,\"name\":\"Science & Maths\",\"idnumber\":\"\",\"parent\":0,\"visible\":1,"
                        + "\"timemodified\":1764064800,\"coursecount\":2}]").build());

        try (MoodleConnector connector = new MoodleConnector(new CatalogueLoader().load(sources))) {
            Map<String, Object> criterion = new java.util.LinkedHashMap<>();
            criterion.put("key", "name");
            criterion.put("value", "Science & Maths");
            MethodResult result = connector.invoke("categories.list", Map.of("criteria", List.of(criterion)),
                    Fixtures.connection(server));

            assertThat(server.takeRequest().getBody().utf8()).isEqualTo("wstoken=" + FAKE_TOKEN
                    + "&wsfunction=core_course_get_categories&moodlewsrestformat=json"
                    + "&criteria%5B0%5D%5Bkey%5D=name&criteria%5B0%5D%5Bvalue%5D=Science+%26+Maths"
                    + "&addsubcategories=0");
            Map<String, Object> expected = new java.util.LinkedHashMap<>();
            expected.put("id", 3L);
            expected.put("name", "Science & Maths");
            expected.put("idnumber", "");
            expected.put("parent", 0L);
            expected.put("visible", true);
            expected.put("timemodified", "2025-11-25T10:00:00Z");
            expected.put("coursecount", 2L);
            assertThat(result.data()).isEqualTo(List.of(expected));
            assertThat(connector.methods()).extracting(m -> m.id()).contains("site.info", "categories.list");
        }
    }
}
