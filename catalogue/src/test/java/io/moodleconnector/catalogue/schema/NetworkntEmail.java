package io.moodleconnector.catalogue.schema;

import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.Schema;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The oracle: networknt's own {@code format: email} check, run as the connector runs it (a schema compiled by
 * {@link OfflineSchemas}, validated with format assertions on, as moodle-connector's InputValidator does).
 */
final class NetworkntEmail {
    private static final Schema EMAIL = new OfflineSchemas()
            .compile(JsonMapper.builder().build().readTree("{\"type\":\"string\",\"format\":\"email\"}")).schema();
    private static final ExecutionConfig ASSERT_FORMATS = ExecutionConfig.builder().formatAssertionsEnabled(true)
            .build();

    private NetworkntEmail() {
    }

    static boolean accepts(String s) {
        return EMAIL.validate(JsonNodeFactory.instance.stringNode(s), c -> c.setExecutionConfig(ASSERT_FORMATS))
                .isEmpty();
    }
}
