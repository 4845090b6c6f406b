package io.moodleconnector.bench;

import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real Moodle reply bodies from reference/moodle/4.5/samples. Stateless. */
public final class Samples {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Samples() {
    }

    /** The reply body of the first recorded exchange of a function, exactly as Moodle sent it. */
    public static String replyBody(String function) {
        JsonNode sample = MAPPER.readTree(Repo.reference("samples/" + function + ".json").toFile());
        return sample.get("exchanges").get(0).get("response").get("body").asString();
    }

    /** Moodle's reply to creating one group: the first group of the recorded core_group_create_groups reply. */
    public static byte[] createOneGroupReply() {
        JsonNode groups = MAPPER.readTree(replyBody("core_group_create_groups"));
        return ("[" + MAPPER.writeValueAsString(groups.get(0)) + "]").getBytes(StandardCharsets.UTF_8);
    }
}
