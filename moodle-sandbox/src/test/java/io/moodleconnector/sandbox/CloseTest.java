package io.moodleconnector.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class CloseTest {

    @Test
    void closingOnAnInterruptedThreadStillReleasesThePortAndKeepsTheInterrupt() {
        MoodleSandbox sandbox = MoodleSandbox.builder().build().start();
        int port = sandbox.port();
        try {
            Thread.currentThread().interrupt();
            sandbox.close();
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(canConnect(port)).isFalse();
    }

    private static boolean canConnect(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
