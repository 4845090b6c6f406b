package io.moodleconnector.moodle;

import static io.moodleconnector.moodle.Fixtures.FAKE_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.MethodResult;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exact requests the connector sends, checked byte for byte against the bodies a real Moodle 4.5 received
 * (reference/moodle/4.5/samples), for every parameter shape.
 */
class ProtocolTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();
    private final MoodleConnector connector = new MoodleConnector(Fixtures.catalogue("shapes.yaml"));

    @AfterEach
    void close() {
        connector.close();
    }

    private RecordedRequest call(String method, Map<String, Object> input, String function, String caseName)
            throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(Samples.responseBody(function, caseName)).build());
        connector.invoke(method, input, Fixtures.connection(server));
        return server.takeRequest();
    }

    private static String expected(String function, String caseName) {
        return Samples.requestBody(function, caseName, FAKE_TOKEN);
    }

    @Test
    void requestLineAndHeadersArePostToTheRestEndpointAsAForm() throws Exception {
        RecordedRequest r = call("site.info", Map.of(), "core_webservice_get_site_info", "no parameters");
        assertThat(r.getRequestLine()).isEqualTo("POST /webservice/rest/server.php HTTP/1.1");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(r.getHeaders().get("Accept")).isEqualTo("application/json");
        assertThat(r.getHeaders().get("User-Agent")).startsWith("moodle-connector/");
        assertThat(r.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void noParametersSendsOnlyTheProtocolFieldsFirst() throws Exception {
        RecordedRequest r = call("site.info", Map.of(), "core_webservice_get_site_info", "no parameters");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_webservice_get_site_info", "no parameters"));
    }

    @Test
    void scalarParameterIsOneField() throws Exception {
        RecordedRequest r = call("shapes.course-groups", Map.of("courseid", 2), "core_group_get_course_groups",
                "LAB101");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_group_get_course_groups", "LAB101"));
    }

    @Test
    void arrayOfScalarsIsIndexed() throws Exception {
        RecordedRequest r = call("shapes.groups-get", Map.of("groupids", List.of(25, 1)), "core_group_get_groups",
                "new group + seed group");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_group_get_groups", "new group + seed group"));
    }

    @Test
    void arrayOfObjectsWithDefaultsMatchesMoodlesSample() throws Exception {
        Map<String, Object> input = Map.of("groups", List.of(
                ordered("courseid", 2, "name", "Connector Group 618711", "description", "Made by REST",
                        "descriptionformat", 1, "idnumber", "CG-618711"),
                ordered("courseid", 2, "name", "Connector Group B 618711")));
        RecordedRequest r = call("shapes.groups-create", input, "core_group_create_groups", "two groups in LAB101");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_group_create_groups", "two groups in LAB101"));
    }

    @Test
    void optionsObjectHoldingAnArrayIsNested() throws Exception {
        RecordedRequest r = call("shapes.courses-get", Map.of("ids", List.of(2, 3)), "core_course_get_courses",
                "two course ids");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_course_get_courses", "two course ids"));
    }

    @Test
    void absentOptionalTemplateValueLeavesTheEmptyOptionsOut() throws Exception {
        RecordedRequest r = call("shapes.courses-get", Map.of(), "core_course_get_courses",
                "no options: all courses incl. the site course (id 1)");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_course_get_courses",
                "no options: all courses incl. the site course (id 1)"));
    }

    @Test
    void booleansAreSentAsOneAndZero() throws Exception {
        RecordedRequest r = call("shapes.groupings-get", ordered("groupingids", List.of(29), "returngroups", true),
                "core_group_get_groupings", "returngroups=1");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_group_get_groupings", "returngroups=1"));

        server.enqueue(new MockResponse.Builder().body("[]").build());
        connector.invoke("shapes.groupings-get", ordered("groupingids", List.of(1), "returngroups", false),
                Fixtures.connection(server));
        assertThat(server.takeRequest().getBody().utf8()).endsWith("&groupingids%5B0%5D=1&returngroups=0");
    }

    @Test
    void reservedCharactersAreEncodedAsMoodleReceivedThem() throws Exception {
        Map<String, Object> user = ordered("username", "conn618711", "password", "Conn#Pass1234",
                "firstname", "Conn", "lastname", "Tester 618711", "email", "conn618711@example.com",
                "auth", "manual", "idnumber", "EXT-618711", "city", "Berlin", "country", "DE");
        RecordedRequest r = call("shapes.users-create", Map.of("users", List.of(user)), "core_user_create_users",
                "one user with password");
        assertThat(r.getBody().utf8()).isEqualTo(expected("core_user_create_users", "one user with password"));
    }

    @Test
    void nestedArraysInsideArrayItemsAreDoublyIndexed() throws Exception {
        Map<String, Object> user = ordered("username", "u1", "firstname", "F", "lastname", "L",
                "email", "u1@example.com", "customfields", List.of(ordered("type", "team", "value", "Blue & Red")));
        server.enqueue(new MockResponse.Builder().body("[{\"id\":7,\"username\":\"u1\"}]").build());
        connector.invoke("shapes.users-create", Map.of("users", List.of(user)), Fixtures.connection(server));
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("wstoken=" + FAKE_TOKEN
                + "&wsfunction=core_user_create_users&moodlewsrestformat=json"
                + "&users%5B0%5D%5Busername%5D=u1&users%5B0%5D%5Bfirstname%5D=F&users%5B0%5D%5Blastname%5D=L"
                + "&users%5B0%5D%5Bemail%5D=u1%40example.com"
                + "&users%5B0%5D%5Bcustomfields%5D%5B0%5D%5Btype%5D=team"
                + "&users%5B0%5D%5Bcustomfields%5D%5B0%5D%5Bvalue%5D=Blue+%26+Red");
    }

    @Test
    void templateWrapsTheInputAndAsTextSendsTheNumberAsText() throws Exception {
        server.enqueue(new MockResponse.Builder().body("[{\"id\":9,\"name\":\"A\"}]").build());
        MethodResult result = connector.invoke("shapes.group-create-one",
                ordered("courseid", 2, "name", "A", "visibility", 1), Fixtures.connection(server));
        assertThat(server.takeRequest().getBody().utf8()).isEqualTo("wstoken=" + FAKE_TOKEN
                + "&wsfunction=core_group_create_groups&moodlewsrestformat=json"
                + "&groups%5B0%5D%5Bcourseid%5D=2&groups%5B0%5D%5Bname%5D=A&groups%5B0%5D%5Bvisibility%5D=1"
                + "&groups%5B0%5D%5Bdescription%5D=");
        assertThat(result.data()).isEqualTo(Map.of("id", 9L, "name", "A"));
    }

    @Test
    void nonAsciiTextIsUtf8PercentEncoded() throws Exception {
        server.enqueue(new MockResponse.Builder().body("[{\"id\":9}]").build());
        connector.invoke("shapes.group-create-one", ordered("courseid", 2, "name", "Ünïcødé & Co 618712"),
                Fixtures.connection(server));
        assertThat(server.takeRequest().getBody().utf8())
                .contains("&groups%5B0%5D%5Bname%5D=%C3%9Cn%C3%AFc%C3%B8d%C3%A9+%26+Co+618712&");
    }

    /** An insertion-ordered map from alternating keys and values. */
    static Map<String, Object> ordered(Object... kv) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
