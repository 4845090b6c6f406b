package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

@ExtendWith(MoodleSandboxExtension.class)
class TokensAndServicesTest {
    private static JsonNode call(MoodleSandbox sandbox, String token, String function, String params) {
        return Exchanges.JSON.readTree(Exchanges.post(sandbox, "wstoken=" + token + "&wsfunction=" + function
                + "&moodlewsrestformat=json" + params));
    }

    @Test
    void tokensAre32LowerCaseHexCharacters(MoodleSandbox sandbox) {
        assertThat(sandbox.token()).matches("[0-9a-f]{32}");
        assertThat(sandbox.tokenFor("nocap_ws")).matches("[0-9a-f]{32}").isNotEqualTo(sandbox.token());
    }

    @Test
    void anUnknownTokenIsInvalidtoken(MoodleSandbox sandbox) {
        assertThat(call(sandbox, "0123456789abcdef0123456789abcdef", "core_webservice_get_site_info", "")
                .path("errorcode").asString()).isEqualTo("invalidtoken");
    }

    @Test
    void aFunctionOutsideTheServiceIsAnAccessexception() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder()
                .functions(Set.of("core_webservice_get_site_info", "core_course_get_courses")).build().start()) {
            JsonNode reply = call(sandbox, sandbox.token(), "core_group_get_course_groups", "&courseid=2");
            assertThat(reply.path("exception").asString()).isEqualTo("webservice_access_exception");
            assertThat(reply.path("errorcode").asString()).isEqualTo("accessexception");
        }
    }

    @Test
    void siteInfoListsTheServiceFunctionsInServiceOrder() {
        try (MoodleSandbox sandbox = MoodleSandbox.builder()
                .functions(Set.of("core_webservice_get_site_info", "core_course_get_courses")).build().start()) {
            JsonNode reply = call(sandbox, sandbox.token(), "core_webservice_get_site_info", "");
            assertThat(reply.path("functions").findValuesAsString("name"))
                    .containsExactly("core_course_get_courses", "core_webservice_get_site_info");
        }
    }

    @Test
    void aUserWithoutRestUseGetsAccessexceptionForEveryCall(MoodleSandbox sandbox) {
        assertThat(call(sandbox, sandbox.tokenFor("nocap_ws"), "core_course_get_courses", "")
                .path("errorcode").asString()).isEqualTo("accessexception");
    }

    @Test
    void theTokenIsRedactedInRecordedRequests(MoodleSandbox sandbox) {
        call(sandbox, sandbox.token(), "core_webservice_get_site_info", "");
        assertThat(sandbox.requests()).hasSize(1);
        assertThat(sandbox.requests().get(0).body()).doesNotContain(sandbox.token()).startsWith("wstoken=TOKEN&");
        assertThat(sandbox.requests().get(0).function()).isEqualTo("core_webservice_get_site_info");
        assertThat(sandbox.toString()).doesNotContain(sandbox.token());
    }
}
