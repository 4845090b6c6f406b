package io.moodleconnector.sandbox;

import com.sun.net.httpserver.HttpServer;
import io.moodleconnector.catalogue.reference.MoodleReference;
import io.moodleconnector.sandbox.roles.Role;
import io.moodleconnector.sandbox.roles.RoleChecks;
import io.moodleconnector.sandbox.state.LabSeed;
import io.moodleconnector.sandbox.state.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A Moodle 4.5 REST web-service server on loopback with an in-memory site seeded like the lab the reference samples
 * come from (see {@link LabSeed}). Lifecycle: {@link #builder()} → {@link Builder#build()} → {@link #start()} →
 * {@link #close()}; a closed sandbox cannot be restarted. Thread-safe: requests are served by a small thread pool and
 * calls into the site are serialised. The token never appears in {@link #toString()}.
 *
 * <pre>{@code
 * try (MoodleSandbox sandbox = MoodleSandbox.builder().port(0).build().start()) {
 *     String url = sandbox.url();      // http://127.0.0.1:PORT
 *     String token = sandbox.token();  // 32 lower-case hex characters, user cyclr_ws, service "cyclr"
 * }
 * }</pre>
 */
public final class MoodleSandbox implements AutoCloseable {
    private final Builder settings;
    private final Map<String, String> tokens;
    private final WebServiceDispatcher dispatcher;
    private final RestEndpoint endpoint;
    private HttpServer server;
    private ExecutorService executor;

    private MoodleSandbox(Builder b) {
        this.settings = b;
        MoodleReference reference = ShippedReference.INSTANCE;
        Site site = new Site();
        this.tokens = Map.copyOf(LabSeed.populate(site, b.functions, new SecureRandom(), reference.release()));
        long webServiceUser = site.userByUsername("cyclr_ws").orElseThrow().id();
        this.dispatcher = new WebServiceDispatcher(reference, site, b.debug, this::url,
                new RoleChecks(b.role, webServiceUser));
        this.endpoint = new RestEndpoint(dispatcher, b.maxInputVars, b.recordLimit, b.latencyMillis);
    }

    public static Builder builder() {
        return new Builder();
    }

    static {
        // The JDK HTTP server leaves Nagle's algorithm on unless told otherwise; against a client's delayed ACKs every
        // reply then waits ~40 ms, which caps a sandbox at ~100 calls/s with a few in flight. The server reads this
        // property once, when its first instance is made, so it is set here unless the JVM's owner chose already.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /** Binds the loopback port and starts serving. Returns this, for chaining. */
    public synchronized MoodleSandbox start() {
        if (server != null) {
            throw new IllegalStateException("the sandbox is already started");
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), settings.port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind the sandbox to 127.0.0.1:" + settings.port, e);
        }
        executor = Executors.newFixedThreadPool(settings.threads, r -> {
            Thread t = new Thread(r, "moodle-sandbox");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", endpoint);
        server.start();
        return this;
    }

    /** The site URL, e.g. {@code http://127.0.0.1:54321}; the REST endpoint is {@code url() + "/webservice/rest/server.php"}. */
    public synchronized String url() {
        if (server == null) {
            throw new IllegalStateException("the sandbox is not started");
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The full REST endpoint URL. */
    public String endpoint() {
        return url() + RestEndpoint.PATH;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The token of {@code cyclr_ws}, the manager-archetype web-service user, on the service holding the functions. */
    public String token() {
        return tokens.get("cyclr_ws");
    }

    /**
     * The token of one of the seeded web-service users: {@code cyclr_ws} (everything allowed), {@code nocap_ws}
     * (no {@code webservice/rest:use}: every call is {@code accessexception}) or {@code restonly_ws} (only
     * {@code webservice/rest:use}).
     */
    public String tokenFor(String username) {
        String t = tokens.get(username);
        if (t == null) {
            throw new IllegalArgumentException("no token for user '" + username + "'; tokens exist for " + tokens.keySet());
        }
        return t;
    }

    /** Requests received so far (every HTTP request, including errors). */
    public long requestCount() {
        return endpoint.requestCount();
    }

    /** The peak number of requests in flight at once, measured at the server. */
    public int maxConcurrentRequests() {
        return endpoint.maxConcurrentRequests();
    }

    /** The last requests received (at most the builder's {@code recordLimit}), oldest first, tokens redacted. */
    public List<RecordedRequest> requests() {
        return endpoint.requests();
    }

    /** When each request arrived and how many were in flight with it, oldest first (the last 100,000 at most). */
    public List<Arrival> arrivals() {
        return endpoint.arrivals();
    }

    /** Reads the live site under the server's lock, e.g. {@code sandbox.inspect(s -> s.users().size())}. */
    public <T> T inspect(Function<Site, T> reader) {
        return dispatcher.withSite(reader);
    }

    /** Stops the server and its threads. Idempotent. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        // A caller stopping on an interrupt (Ctrl-C, a test) must still get the port back: with the flag set,
        // HttpServer.stop returns before its dispatcher has closed the listening socket. So wait uninterrupted,
        // then hand the interrupt back.
        boolean interrupted = Thread.interrupted();
        try {
            server.stop(0);
            executor.shutdownNow();
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "MoodleSandbox[" + (server == null ? "not started" : url()) + ", functions=" + settings.functions.size()
                + "]";
    }

    /** The shipped reference, parsed once: it is immutable, so every sandbox shares it. */
    private static final class ShippedReference {
        static final MoodleReference INSTANCE = MoodleReference.shipped();
    }

    /** Settings of a sandbox. Not thread-safe; use from one thread, then {@link #build()}. */
    public static final class Builder {
        private int port;
        private int maxInputVars = 5000;
        private Set<String> functions = new LinkedHashSet<>(LabSeed.DEFAULT_FUNCTIONS);
        private boolean debug;
        private int threads = 4;
        private int recordLimit = 1000;
        private long latencyMillis;

        private Role role = Role.full();

        private Builder() {
        }

        /** The loopback port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /** PHP's max_input_vars (default 5000, as the lab): a POST body keeps its first maxInputVars + 1 variables. */
        public Builder maxInputVars(int maxInputVars) {
            if (maxInputVars < 1) {
                throw new IllegalArgumentException("maxInputVars must be at least 1, was " + maxInputVars);
            }
            this.maxInputVars = maxInputVars;
            return this;
        }

        /**
         * The role of the token's user ({@link #token()}): {@link Role#full()} by default. Its functions then run
         * Moodle 4.5's course access and capability checks for that role (see {@link RoleChecks}).
         */
        public Builder role(Role role) {
            this.role = java.util.Objects.requireNonNull(role, "role");
            return this;
        }

        /**
         * The functions the token's service holds (default: the lab's 26, {@link LabSeed#SERVICE_FUNCTIONS}, and those
         * of the shipped methods beyond the seed set, {@link LabSeed#PLATFORM_FUNCTIONS}).
         */
        public Builder functions(Set<String> functions) {
            Set<String> known = ShippedReference.INSTANCE.names();
            for (String f : functions) {
                if (!known.contains(f)) {
                    throw new IllegalArgumentException("unknown function '" + f + "': Moodle "
                            + ShippedReference.INSTANCE.release() + " declares no such function");
                }
            }
            this.functions = new LinkedHashSet<>(functions);
            return this;
        }

        /**
         * The lab site's service exactly: its 26 functions ({@link LabSeed#SERVICE_FUNCTIONS}), as when the
         * reference samples were recorded (site info lists them).
         */
        public Builder labService() {
            return functions(new LinkedHashSet<>(LabSeed.SERVICE_FUNCTIONS));
        }

        /** Moodle's debug setting: when on, errors carry {@code debuginfo} (default off, as Moodle's default). */
        public Builder debug(boolean debug) {
            this.debug = debug;
            return this;
        }

        /** Worker threads serving requests (default 4, like the lab's PHP server). */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            return this;
        }

        /** How many recent requests {@link #requests()} keeps (default 1000). */
        public Builder recordLimit(int recordLimit) {
            this.recordLimit = Math.max(0, recordLimit);
            return this;
        }

        /** How long each request stays in flight before its reply is sent (default 0): a slow site. */
        public Builder latency(java.time.Duration latency) {
            if (latency.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative, was " + latency);
            }
            this.latencyMillis = latency.toMillis();
            return this;
        }

        public MoodleSandbox build() {
            return new MoodleSandbox(this);
        }
    }
}
