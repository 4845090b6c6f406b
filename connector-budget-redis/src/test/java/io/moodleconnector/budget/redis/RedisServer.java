package io.moodleconnector.budget.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * A real {@code redis-server} (Debian's package) on a free loopback port, without persistence, for one test.
 * Fails with the fix when the binary is missing: {@code apt-get install -y redis-server} (.ci/run does it).
 */
final class RedisServer implements AutoCloseable {
    private final int port;
    private final Process process;

    private RedisServer(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static RedisServer start(Path workDir) throws IOException, InterruptedException {
        return startOn(freePort(), workDir);
    }

    /** Starts a server on a given port, e.g. to bring Redis back where it was. */
    static RedisServer startOn(int port, Path workDir) throws IOException, InterruptedException {
        Path binary = Path.of("/usr/bin/redis-server");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("these tests need a real redis-server: apt-get install -y redis-server");
        }
        Process p = new ProcessBuilder(binary.toString(), "--port", String.valueOf(port), "--bind", "127.0.0.1",
                "--save", "", "--appendonly", "no", "--dir", workDir.toString(), "--daemonize", "no")
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("redis-" + port + ".log").toFile())
                .start();
        RedisServer server = new RedisServer(port, p);
        server.awaitPong(Duration.ofSeconds(10));
        return server;
    }

    int port() {
        return port;
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    /**
     * Sends one command to the server on its own connection, for tests that change or read what Redis holds behind
     * the budget's back. Answers a bulk reply's text ({@code null} for none), else the reply's line as Redis wrote it
     * ({@code :3}, {@code +OK}, {@code -ERR ...}).
     */
    String command(String... args) throws IOException {
        StringBuilder resp = new StringBuilder("*").append(args.length).append("\r\n");
        for (String arg : args) {
            int length = arg.getBytes(StandardCharsets.UTF_8).length;
            resp.append('$').append(length).append("\r\n").append(arg).append("\r\n");
        }
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.getOutputStream().write(resp.toString().getBytes(StandardCharsets.UTF_8));
            s.getOutputStream().flush();
            InputStream in = s.getInputStream();
            String line = readLine(in);
            if (!line.startsWith("$")) {
                return line;
            }
            return line.equals("$-1") ? null : readLine(in);
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != '\r' && c != -1; c = in.read()) {
            line.append((char) c);
        }
        in.read(); // the '\n' after '\r'
        return line.toString();
    }

    /** Kills the server at once, as a crash would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void awaitPong(Duration within) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("redis-server exited with " + process.exitValue());
            }
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
                OutputStream out = s.getOutputStream();
                out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = s.getInputStream();
                byte[] buf = new byte[7];
                if (in.readNBytes(buf, 0, 7) == 7 && new String(buf, StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("redis-server did not answer PING on port " + port + " within " + within);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
