package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.sandbox.roles.Role;
import io.moodleconnector.sandbox.state.Group;
import io.moodleconnector.sandbox.state.Grouping;
import io.moodleconnector.sandbox.state.Records.GroupingGroup;
import io.moodleconnector.sandbox.state.User;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Replays every probe (and variant) of reference/moodle/4.5/samples/capability_probes.json against a sandbox whose
 * token has the lab role's capabilities, and compares the answer with the real site's, errorcode for errorcode (and,
 * for successful reads, the pattern the probe's interpretation reads: users found or not, admin fields present or
 * not, the course-access warnings).
 */
class CapabilityProbesReplayTest {
    private static final JsonNode PROBES = Exchanges.read("capability_probes.json");
    /** The sandbox role standing for each lab token ("nocap" and "restonly" both held only webservice/rest:use). */
    private static final List<String[]> ROLES = List.of(new String[] {"full", "full"},
            new String[] {"minimal", "minimal"}, new String[] {"none", "nocap"}, new String[] {"none", "restonly"});
    private static final List<MoodleSandbox> SANDBOXES = new ArrayList<>();

    @BeforeAll
    static void start() {
        for (String role : List.of("full", "minimal", "none")) {
            MoodleSandbox sandbox = MoodleSandbox.builder().role(Role.parse(List.of(role))).build().start();
            // The lab's probe fixtures in LAB102: group A (20) in grouping 9, group B (21) not in it.
            sandbox.inspect(site -> {
                site.groups().put(20L, new Group(20, 3, "Capability probe group A", "Fixture", 1, null, "", 0, true,
                        0, 0));
                site.groups().put(21L, new Group(21, 3, "Capability probe group B", "Fixture", 1, null, "", 0, true,
                        0, 0));
                // The lab student the e-mail variant searches for.
                site.users().put(11L, new User(11, "student1", "Student", "Lab1", "student1@example.org", "", "", "",
                        "manual", "en", false, User.Access.NO_REST, 0));
                site.groupings().put(9L, new Grouping(9, 3, "Capability probe grouping", "Fixture", 1, "", 0, 0));
                return site.groupingGroups().add(new GroupingGroup(9, 20));
            });
            SANDBOXES.add(sandbox);
        }
    }

    @AfterAll
    static void stop() {
        SANDBOXES.forEach(MoodleSandbox::close);
    }

    static Stream<Arguments> probes() {
        List<Arguments> out = new ArrayList<>();
        for (JsonNode p : PROBES.path("probes")) {
            for (String[] role : ROLES) {
                out.add(Arguments.of(p.path("function").asString(), "", role[0], role[1], p));
                for (JsonNode v : p.path("variants")) {
                    out.add(Arguments.of(p.path("function").asString(), v.path("name").asString(), role[0], role[1],
                            v));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} ({3})")
    @MethodSource("probes")
    void answersAsTheLabDidForTheSameRole(String function, String variant, String role, String labToken,
                                          JsonNode probe) {
        MoodleSandbox sandbox = SANDBOXES.get(List.of("full", "minimal", "none").indexOf(role));
        StringBuilder body = new StringBuilder("wstoken=" + sandbox.token() + "&wsfunction=" + function
                + "&moodlewsrestformat=json");
        for (JsonNode field : probe.path("form")) {
            String f = field.asString();
            int eq = f.indexOf('=');
            body.append('&').append(enc(f.substring(0, eq))).append('=').append(enc(f.substring(eq + 1)));
        }
        JsonNode reply = Exchanges.JSON.readTree(Exchanges.post(sandbox, body.toString()));
        JsonNode recorded = probe.path("results").path(labToken);
        assertThat(signature(reply)).as("%s %s for the lab's %s token", function, variant, labToken)
                .isEqualTo(signature(recorded.has("errorcode") ? recorded : recorded.path("result")));
    }

    /** What a probe's interpretation reads from an answer. */
    private static String signature(JsonNode reply) {
        if (reply.isObject() && reply.has("errorcode")) {
            return "error " + reply.path("errorcode").asString();
        }
        StringBuilder s = new StringBuilder("ok");
        if (reply.has("users")) {
            s.append(reply.path("users").isEmpty() ? " no users" : " users found");
        }
        if (reply.isArray() && !reply.isEmpty() && reply.get(0).has("shortname")) {
            s.append(reply.get(0).has("idnumber") ? " with admin fields" : " without admin fields");
        }
        for (JsonNode w : reply.path("warnings")) {
            String code = w.path("warningcode").asString();
            if (code.equals("1") || code.equals("cannotmanagegroups")) {
                s.append(" warning ").append(code);
            }
        }
        return s.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
