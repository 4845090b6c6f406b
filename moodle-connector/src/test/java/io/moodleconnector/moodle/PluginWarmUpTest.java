package io.moodleconnector.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.moodle.transport.MoodleTransport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The plugin's start builds the transport on a warm-up thread, for the first connector to find ready; a stop while
 * that thread runs (or before it ran) leaves nothing built behind.
 */
class PluginWarmUpTest {
    private final MoodleConnectorPlugin plugin = new MoodleConnectorPlugin();

    @AfterEach
    void stop() {
        plugin.stop();
    }

    private static void awaitWarmUp() throws InterruptedException {
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("moodle-connector-warm-up")) {
                t.join(10_000);
            }
        }
    }

    @Test
    void startBuildsTheTransportTheConnectorThenUses() throws InterruptedException {
        plugin.stop(); // from a clean state, whatever another test left
        plugin.start();
        awaitWarmUp();

        assertThat(PluginResources.hasTransport()).isTrue();
        MoodleTransport warmed = PluginResources.transport();
        assertThat(PluginResources.transport()).isSameAs(warmed);
    }

    @Test
    void aStopRightAfterStartLeavesNoTransportBehind() throws InterruptedException {
        plugin.start();
        plugin.stop();
        awaitWarmUp();

        assertThat(PluginResources.hasTransport()).isFalse();
    }
}
