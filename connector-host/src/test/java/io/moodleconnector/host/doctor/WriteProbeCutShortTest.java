package io.moodleconnector.host.doctor;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.spi.CallOptions;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.DeadlineExceededException;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.Outcome;
import io.moodleconnector.spi.Secret;
import io.moodleconnector.spi.TransportException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code doctor --probe-writes --deadline}: each step runs within what is left of the deadline, and when one is cut
 * short the cleanup still runs (without the deadline) and reports honestly what may be left, including an object
 * whose create was sent but got no answer, looked up by its unique name.
 */
class WriteProbeCutShortTest {
    private static final Connection CONNECTION = Connection.of("https://lms.example.edu",
            Secret.of("0123456789abcdef0123456789abcdef"));
    private static final CallOptions STEP = CallOptions.builder().deadline(Duration.ofSeconds(7)).build();

    /**
     * A site where {@code groups.create} makes group 41 but its answer is cut by the deadline (outcome unknown, or
     * not applied when {@code sent} is false); lists its course's groups, or fails to when {@code listFails}.
     */
    private static final class CutShortConnector extends InvokeOnlyConnector {
        final List<String> calls = new ArrayList<>();
        final List<CallOptions> options = new ArrayList<>();
        private final boolean sent;
        private final boolean listFails;
        private String made;

        CutShortConnector(boolean sent, boolean listFails) {
            this.sent = sent;
            this.listFails = listFails;
        }

        @Override
        public MethodResult invoke(String methodId, Map<String, Object> input, Connection connection,
                                   CallOptions callOptions) {
            calls.add(methodId + (input.containsKey("id") ? " " + input.get("id") : ""));
            options.add(callOptions);
            switch (methodId) {
                case "groups.create" -> {
                    if (sent) {
                        made = (String) input.get("name");
                    }
                    throw new DeadlineExceededException("the call to groups.create ran out of its deadline",
                            Duration.ofSeconds(7), Duration.ZERO, sent ? Outcome.UNKNOWN : Outcome.NOT_APPLIED, null);
                }
                case "groups.list-by-course" -> {
                    if (listFails) {
                        throw new TransportException("the exchange failed", true, 0, null);
                    }
                    List<Object> groups = new ArrayList<>(List.of(Map.of("id", 7L, "name", "Tutors")));
                    if (made != null) {
                        groups.add(Map.of("id", 41L, "name", made));
                    }
                    return new MethodResult(groups, List.of(), List.of(), 1);
                }
                default -> {
                    return new MethodResult(Map.of("success", true), List.of(), List.of(), 1);
                }
            }
        }
    }

    @Test
    void aCreateCutShortAfterItWasSentIsFoundByItsNameAndDeleted() {
        CutShortConnector site = new CutShortConnector(true, false);
        ProbeResult r = new WriteProbe(e -> 5).run(site, CONNECTION, 2, () -> STEP);

        assertThat(r.errorCode()).isEqualTo("deadline_exceeded");
        assertThat(r.exitCode()).isEqualTo(5);
        assertThat(r.deleted()).isTrue();
        assertThat(site.calls).containsExactly("groups.create", "groups.list-by-course", "groups.delete 41");
    }

    @Test
    void aCreateCutShortThatCannotBeLookedUpIsNamedForTheAdmin() {
        CutShortConnector site = new CutShortConnector(true, true);
        ProbeResult r = new WriteProbe(e -> 5).run(site, CONNECTION, 2, () -> STEP);

        assertThat(r.deleted()).isFalse();
        assertThat(r.message()).contains("delete by hand: the group named connector-doctor-probe-")
                .contains("in course 2");
    }

    @Test
    void aCreateCutShortBeforeItWasSentIsNotLookedFor() {
        CutShortConnector site = new CutShortConnector(false, false);
        ProbeResult r = new WriteProbe(e -> 5).run(site, CONNECTION, 2, () -> STEP);

        assertThat(r.deleted()).isTrue();
        assertThat(site.calls).containsExactly("groups.create");
    }

    @Test
    void theStepsRunWithTheGivenOptionsAndTheCleanupWithoutThem() {
        CutShortConnector site = new CutShortConnector(true, false);
        new WriteProbe(e -> 5).run(site, CONNECTION, 2, () -> STEP);

        assertThat(site.options).containsExactly(STEP, CallOptions.DEFAULTS, CallOptions.DEFAULTS);
    }
}
