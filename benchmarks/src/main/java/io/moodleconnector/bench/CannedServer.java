package io.moodleconnector.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A loopback HTTP server that reads each request body in full and answers with the same canned JSON reply, at once,
 * so that the server costs the connector and its baseline the same. The reply is a byte array, or a file streamed
 * from disk (so a 50 MB reply does not sit on the heap being measured).
 *
 * <p>Thread-safe. Lifecycle: {@link #start} → {@link #close()}.
 */
public final class CannedServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicReference<byte[]> lastBody = new AtomicReference<>(new byte[0]);

    private CannedServer(byte[] reply, Path replyFile) {
        Loopback.tune();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "canned-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", exchange -> answer(exchange, reply, replyFile));
        server.start();
    }

    /** A server answering every request with {@code reply}. */
    public static CannedServer start(byte[] reply) {
        return new CannedServer(reply.clone(), null);
    }

    /** A server answering every request with the contents of {@code replyFile}, streamed. */
    public static CannedServer start(Path replyFile) {
        return new CannedServer(null, replyFile);
    }

    private void answer(HttpExchange exchange, byte[] reply, Path replyFile) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            lastBody.set(in.readAllBytes());
        }
        requests.incrementAndGet();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        long length = reply != null ? reply.length : Files.size(replyFile);
        exchange.sendResponseHeaders(200, length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (reply != null) {
                out.write(reply);
            } else {
                Files.copy(replyFile, out);
            }
        }
    }

    /** The site URL, e.g. {@code http://127.0.0.1:4711}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The REST endpoint URL. */
    public String endpoint() {
        return url() + "/webservice/rest/server.php";
    }

    /** Requests answered so far. */
    public long requests() {
        return requests.get();
    }

    /** The body of the last request. */
    public byte[] lastBody() {
        return lastBody.get().clone();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
