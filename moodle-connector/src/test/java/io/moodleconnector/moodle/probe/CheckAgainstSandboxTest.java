package io.moodleconnector.moodle.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.MoodleConnector;
import io.moodleconnector.sandbox.MoodleSandbox;
import io.moodleconnector.spi.CheckOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.ConnectionReport.MethodStatus;
import io.moodleconnector.spi.ConnectionReport.Verdict;
import io.moodleconnector.spi.Secret;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Connector.check probes a real (sandbox) site over HTTP: once an hour, writing nothing, finding its objects. */
class CheckAgainstSandboxTest {

    private static Connection connection(MoodleSandbox sandbox) {
        return Connection.of(sandbox.url(), Secret.of(sandbox.token()));
    }

    @Test
    void aSecondCheckWithinTheHourSendsOnlyTheSiteInfoCall() {
        try (MoodleSandbox sandbox = ProbeFixtures.sandbox("full"); MoodleConnector connector = new MoodleConnector()) {
            connector.check(connection(sandbox));
            long afterFirst = sandbox.requestCount();
            connector.check(connection(sandbox));
            assertThat(afterFirst).isGreaterThan(20);
            assertThat(sandbox.requestCount() - afterFirst).isEqualTo(1);
        }
    }

    @Test
    void probingWritesNothing() {
        try (MoodleSandbox sandbox = ProbeFixtures.sandbox("full"); MoodleConnector connector = new MoodleConnector()) {
            List<Integer> before = sandbox.inspect(CheckAgainstSandboxTest::rows);
            connector.check(connection(sandbox), new CheckOptions(3L, 3L, false));
            assertThat(sandbox.inspect(CheckAgainstSandboxTest::rows)).isEqualTo(before);
        }
    }

    @Test
    void withoutACourseItFindsOneTheTokenCanSee() {
        try (MoodleSandbox sandbox = ProbeFixtures.sandbox("full"); MoodleConnector connector = new MoodleConnector()) {
            ConnectionReport report = connector.check(connection(sandbox));
            assertThat(status(report, "groups.create").verdict()).isEqualTo(Verdict.USABLE);
            assertThat(status(report, "groups.update").verdict()).isEqualTo(Verdict.USABLE);
        }
    }

    @Test
    void withoutAnActivityTheActivityMethodsAreUnprovenAndSaySo() {
        try (MoodleSandbox sandbox = ProbeFixtures.sandbox("full"); MoodleConnector connector = new MoodleConnector()) {
            ConnectionReport report = connector.check(connection(sandbox));
            assertThat(status(report, "groups.get-activity-groupmode").verdict()).isEqualTo(Verdict.UNPROVEN);
            assertThat(status(report, "groups.get-activity-groupmode").detail()).contains("--cmid");
            assertThat(report.notes()).anyMatch(n -> n.contains("no activity to probe with"));
        }
    }

    @Test
    void theDeleteMethodsAreUnprovenAndSayWhatWasCheckedInstead() {
        try (MoodleSandbox sandbox = ProbeFixtures.sandbox("full"); MoodleConnector connector = new MoodleConnector()) {
            MethodStatus delete = status(connector.check(connection(sandbox)), "groups.delete");
            assertThat(delete.verdict()).isEqualTo(Verdict.UNPROVEN);
            assertThat(delete.detail()).contains("checked instead: core_group_get_course_groups");
        }
    }

    private static MethodStatus status(ConnectionReport report, String method) {
        return report.methods().stream().filter(s -> s.methodId().equals(method)).findFirst().orElseThrow();
    }

    private static List<Integer> rows(io.moodleconnector.sandbox.state.Site site) {
        return List.of(site.groups().size(), site.groupings().size(), site.members().size(),
                site.groupingGroups().size(), site.users().size(), site.enrolments().size());
    }
}
