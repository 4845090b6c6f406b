package io.moodleconnector.host.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.host.cli.CliFixture;
import io.moodleconnector.host.cli.CliRun;
import io.moodleconnector.host.cli.ConnectorCli;
import io.moodleconnector.spi.Connection;
import io.moodleconnector.spi.ConnectionReport;
import io.moodleconnector.spi.Secret;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code connector sandbox} in-process: it prints a URL and a token that the packaged plugin can use, limits the
 * service with --functions, and stops (releasing its port) when its thread is interrupted, as Ctrl-C would.
 */
class SandboxCommandTest {
    @RegisterExtension
    static final CliFixture cli = CliFixture.pluginsOnly();

    /** Starts the command on a thread, reads what it printed, checks the connection it offers, then stops it. */
    private Map<String, String> runSandbox(String... args) throws Exception {
        PipedWriter pipe = new PipedWriter();
        BufferedReader lines = new BufferedReader(new PipedReader(pipe, 1 << 16));
        AtomicInteger exit = new AtomicInteger(-1);
        Thread command = new Thread(() -> {
            ConnectorCli cli = new ConnectorCli(Map.of(), new ByteArrayInputStream(new byte[0]));
            exit.set(ConnectorCli.commandLine(cli, new PrintWriter(pipe, true), new PrintWriter(new StringWriter()))
                    .execute(args));
        });
        command.start();
        Map<String, String> printed = new HashMap<>();
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                printed.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        printed.put("report", check(printed));
        command.interrupt();
        command.join(10_000);
        printed.put("exit", String.valueOf(exit.get()));
        return printed;
    }

    private String check(Map<String, String> printed) {
        try (ConnectorHost host = ConnectorHost.open(cli.plugins())) {
            ConnectionReport report = host.connector("moodle").check(
                    Connection.of(printed.get("URL"), Secret.of(printed.get("Token"))));
            return report.functions().size() + " " + report.username();
        }
    }

    @Test
    void printsAUrlAndAHexTokenThePluginCanUse() throws Exception {
        Map<String, String> printed = runSandbox("sandbox");

        assertThat(printed.get("URL")).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(printed.get("Token")).matches("[0-9a-f]{32}");
        assertThat(printed.get("report")).isEqualTo("44 cyclr_ws");
        assertThat(printed.get("exit")).isEqualTo("0");
    }

    @Test
    void functionsLimitsTheService() throws Exception {
        Map<String, String> printed = runSandbox("sandbox", "--functions",
                "core_webservice_get_site_info,core_course_get_courses");

        assertThat(printed.get("Service functions")).isEqualTo("2 of 44");
        assertThat(printed.get("report")).isEqualTo("2 cyclr_ws");
    }

    @Test
    void stoppingReleasesThePort() throws Exception {
        Map<String, String> printed = runSandbox("sandbox");
        URI url = URI.create(printed.get("URL"));

        assertThat(canConnect(url.getPort())).isFalse();
    }

    @Test
    void unknownFunctionIsAUsageError() {
        CliRun run = CliRun.run(cli.env(), "sandbox", "--without", "core_no_such_function");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("core_no_such_function");
    }

    private static boolean canConnect(int port) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }
}
