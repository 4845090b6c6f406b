package io.moodleconnector.moodle.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.catalogue.model.ProbeDefinition;
import io.moodleconnector.catalogue.reference.RecordedProbes;
import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.moodle.executor.PlainJsonReader;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import io.moodleconnector.spi.Secret;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Connector.check against the sandbox with each lab role gives, method by method, the verdict the catalogue's probe
 * gives the answer the real site recorded for that role (capability_probes.json), naming the same capability.
 */
class VerdictsLikeTheRealSiteTest {
    private static final Catalogue CATALOGUE = new CatalogueLoader().loadShipped();
    private static final RecordedProbes RECORDED = RecordedProbes.shipped();

    @ParameterizedTest(name = "sandbox role {0} = lab token {1}")
    @CsvSource({"full, full", "minimal, minimal", "none, nocap"})
    void everyMethodGetsTheVerdictOfTheRecordedAnswer(String role, String labToken) {
        try (MoodleSandbox sandbox = ProbeFixtures.sandbox(role); MoodleConnector connector = new MoodleConnector()) {
            ConnectionReport report = connector.check(Connection.of(sandbox.url(), Secret.of(sandbox.token())),
                    new CheckOptions(3L, 3L, false));
            Map<String, String> actual = new LinkedHashMap<>();
            Map<String, String> expected = new LinkedHashMap<>();
            for (MethodStatus s : report.methods()) {
                MethodDefinition m = CATALOGUE.method(s.methodId()).orElseThrow();
                actual.put(s.methodId(), s.verdict() + " " + s.capability());
                expected.put(s.methodId(), expected(CATALOGUE.probeFor(m).orElseThrow(), labToken));
            }
            if (role.equals("none")) {
                // Nobody is visible to this role, so no e-mail address can be found to search for: the search
                // for user 2 by id, left empty, proves the first capability the e-mail search lacks.
                expected.put("users.get-by-email", "CAPABILITY_MISSING moodle/user:viewdetails");
                expected.put("users.list", "CAPABILITY_MISSING moodle/user:viewdetails");
            }
            assertThat(actual).isEqualTo(expected);
        }
    }

    /** The verdict the probe gives the real site's recorded answer for this token. */
    private static String expected(ProbeDefinition probe, String labToken) {
        if (probe.kind() == ProbeDefinition.Kind.NO_CAPABILITY) {
            return "USABLE null";
        }
        if (probe.kind() == ProbeDefinition.Kind.UNRECORDED) {
            return "UNPROVEN null";
        }
        if (probe.kind() == ProbeDefinition.Kind.NONE) {
            ProbeDefinition proxy = CATALOGUE.probes().stream()
                    .filter(p -> p.function().equals(probe.proxy()) && p.methods().isEmpty()).findFirst().orElseThrow();
            Proof seen = Judge.judge(proxy, recorded(proxy, labToken));
            return seen.verdict() == Verdict.USABLE ? "UNPROVEN null" : seen.verdict() + " " + seen.capability();
        }
        Proof proof = Judge.judge(probe, recorded(probe, labToken));
        return proof.verdict() + " " + proof.capability();
    }

    private static Answer recorded(ProbeDefinition probe, String labToken) {
        JsonNode r = RECORDED.probe(probe.function(), probe.variant()).orElseThrow().probe().path("results")
                .path(labToken);
        if (r.has("errorcode")) {
            return new Answer(r.get("errorcode").asString(), null);
        }
        return new Answer(null, PlainJsonReader.read(new ByteArrayInputStream(r.get("result").toString()
                .getBytes(StandardCharsets.UTF_8))));
    }
}
