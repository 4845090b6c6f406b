package io.moodleconnector.sandbox.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.moodleconnector.catalogue.reference.MoodleReference;
import io.moodleconnector.catalogue.reference.MoodleStructure;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterValidatorTest {
    private static final MoodleReference REFERENCE = MoodleReference.shipped();

    private static MoodleStructure params(String function) {
        return REFERENCE.function(function).orElseThrow().parameters();
    }

    private static Object validate(String function, String body) {
        return ParameterValidator.validate(params(function), FormDecoder.decode(body, 5000, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+2", "02", " 2", "2 ", "-0", "2.0", "abc", ""})
    void onlyCanonicalIntegersAreIntegers(String value) {
        assertThatThrownBy(() -> validate("core_group_get_course_groups",
                "courseid=" + java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(MoodleException.class, e -> assertThat(e.debugInfo()).isEqualTo(
                        "courseid => Invalid parameter value detected: Invalid external api parameter: the value is \""
                                + value + "\", the server was expecting \"int\" type"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "false", "yes", "on", "2", ""})
    void booleansAreOnlyOneAndZero(String value) {
        assertThatThrownBy(() -> validate("core_group_get_groupings", "groupingids[0]=1&returngroups=" + value))
                .isInstanceOf(MoodleException.class);
    }

    @Test
    void defaultsAreFilledInWithTheirDeclaredType() {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) validate("core_group_create_groups",
                "groups[0][courseid]=2&groups[0][name]=A&groups[0][description]=");
        @SuppressWarnings("unchecked")
        Map<String, Object> group = (Map<String, Object>) ((java.util.List<Object>) p.get("groups")).get(0);
        assertThat(group).containsEntry("descriptionformat", 1L).containsEntry("visibility", 0L)
                .containsEntry("participation", true).doesNotContainKey("idnumber");
    }

    @Test
    void unexpectedKeysAreNamedInOrder() {
        assertThatThrownBy(() -> validate("core_group_get_course_groups", "courseid=2&foo=1&bar=2"))
                .isInstanceOfSatisfying(MoodleException.class, e -> assertThat(e.debugInfo())
                        .isEqualTo("Unexpected keys (foo, bar) detected in parameter array."));
    }

    @Test
    void textWithTagsIsRejectedNotStripped() {
        assertThatThrownBy(() -> validate("core_group_create_groups",
                "groups[0][courseid]=2&groups[0][name]=%3Cb%3EA%3C%2Fb%3E&groups[0][description]="))
                .isInstanceOf(MoodleException.class);
    }

    @Test
    void upperCaseUsernamesAreRejected() {
        assertThatThrownBy(() -> validate("core_auth_request_password_reset", "username=Admin"))
                .isInstanceOf(MoodleException.class);
    }
}
