package io.moodleconnector.host.cli;

import io.moodleconnector.host.MoodleSamples;
import io.moodleconnector.host.PackagedPlugin;
import io.moodleconnector.sandbox.MoodleSandbox;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a CLI test runs the real CLI on, registered on a static field with {@code @RegisterExtension}: a plugins
 * folder for the class holding a copy of the packaged plugin zip (PF4J unpacks it once and reuses the folder),
 * a site, and the environment that points the CLI at them.
 *
 * <p>The site is a fresh {@link MockWebServer} for each test (so each test's replies and request count are its own),
 * one {@link MoodleSandbox} for the class (so its tests share the site's records), or none.
 */
public final class CliFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private enum Site { NONE, MOCK_PER_TEST, SANDBOX_PER_CLASS }

    private final Site site;
    private String token;
    private boolean urlInEnvironment;
    private Path plugins;
    private MockWebServer moodle;
    private MoodleSandbox sandbox;

    private CliFixture(Site site) {
        this.site = site;
    }

    /** The plugins folder only; a test that needs a site starts its own. */
    public static CliFixture pluginsOnly() {
        return new CliFixture(Site.NONE);
    }

    /** The plugins folder and a MockWebServer started for each test; its URL is passed with {@code --url}. */
    public static CliFixture onMockSite() {
        return new CliFixture(Site.MOCK_PER_TEST);
    }

    /** The plugins folder and one default sandbox for the class, whose URL and token are in the environment. */
    public static CliFixture onSandbox() {
        return new CliFixture(Site.SANDBOX_PER_CLASS).siteUrlInEnvironment();
    }

    /** Puts {@code token} in the environment as MOODLE_TOKEN. */
    public CliFixture token(String token) {
        this.token = token;
        return this;
    }

    /** Puts the site's URL in the environment as MOODLE_URL, so that a test need not pass {@code --url}. */
    public CliFixture siteUrlInEnvironment() {
        this.urlInEnvironment = true;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        plugins = PackagedPlugin.copyInto(Files.createTempDirectory("connector-plugins"));
        if (site == Site.SANDBOX_PER_CLASS) {
            sandbox = MoodleSandbox.builder().build().start();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (plugins == null) {
            throw new IllegalStateException("CliFixture must be registered on a static field: it makes the plugins "
                    + "folder once for the class");
        }
        if (site == Site.MOCK_PER_TEST) {
            moodle = new MockWebServer();
            moodle.start();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (moodle != null) {
            moodle.close();
            moodle = null;
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (sandbox != null) {
            sandbox.close();
            sandbox = null;
        }
        try (Stream<Path> files = Files.walk(plugins)) {
            List<Path> deepestFirst = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : deepestFirst) {
                Files.delete(file);
            }
        }
        plugins = null;
    }

    /** The class's plugins folder, holding the packaged zip (and what PF4J unpacked from it). */
    public Path plugins() {
        return plugins;
    }

    /** This test's MockWebServer. */
    public MockWebServer moodle() {
        if (moodle == null) {
            throw new IllegalStateException("no MockWebServer: use CliFixture.onMockSite()");
        }
        return moodle;
    }

    /** The class's sandbox. */
    public MoodleSandbox sandbox() {
        if (sandbox == null) {
            throw new IllegalStateException("no sandbox: use CliFixture.onSandbox()");
        }
        return sandbox;
    }

    /** The site's URL. */
    public String url() {
        return site == Site.SANDBOX_PER_CLASS ? sandbox().url() : moodle().url("/").toString();
    }

    /**
     * The CLI's environment: the plugins folder, the token and site URL where this fixture gives them, then
     * {@code extra} as name, value pairs.
     */
    public Map<String, String> env(String... extra) {
        Map<String, String> env = new HashMap<>();
        env.put(ConnectorCli.PLUGINS_ENV, plugins.toString());
        if (token != null) {
            env.put("MOODLE_TOKEN", token);
        }
        if (site == Site.SANDBOX_PER_CLASS) {
            env.put("MOODLE_TOKEN", sandbox().token());
        }
        if (urlInEnvironment) {
            env.put("MOODLE_URL", url());
        }
        if (extra.length % 2 != 0) {
            throw new IllegalArgumentException("extra environment must be name, value pairs");
        }
        for (int i = 0; i < extra.length; i += 2) {
            env.put(extra[i], extra[i + 1]);
        }
        return Map.copyOf(env);
    }

    /** Runs the CLI in-process in {@link #env}, with an empty stdin. */
    public CliRun run(String... args) {
        return CliRun.run(env(), args);
    }

    /** Runs the CLI in-process in {@link #env}, with {@code stdin} as its stdin. */
    public CliRun runWithStdin(String stdin, String... args) {
        return CliRun.runWithStdin(env(), stdin, args);
    }

    /** Runs the CLI in-process in {@link #env}, reading {@code stdin}. */
    public CliRun runWithStdin(InputStream stdin, String... args) {
        return CliRun.runWithStdin(env(), stdin, args);
    }

    /** Runs the CLI in-process on {@code site}: {@link #env} with its URL and token. */
    public CliRun runAgainst(MoodleSandbox site, String... args) {
        return CliRun.run(env("MOODLE_URL", site.url(), "MOODLE_TOKEN", site.token()), args);
    }

    /** Queues a 200 JSON reply on this test's MockWebServer. */
    public void replay(String body) {
        replay(200, body);
    }

    /** Queues a JSON reply with {@code status} on this test's MockWebServer. */
    public void replay(int status, String body) {
        moodle().enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
                .body(body).build());
    }

    /** Queues the reply a real Moodle 4.5 site gave to {@code function} (reference/moodle/4.5/samples). */
    public void replayExchange(String function) {
        replay(MoodleSamples.exchange(function).get("response").get("body").asString());
    }

    /** Queues the reply of the error case {@code caseName} recorded from a real site (samples/errors.json). */
    public void replayErrorCase(String caseName) {
        replay(MoodleSamples.errorCase(caseName).get("response").get("body").asString());
    }

    /** A loopback URL on which nothing listens: the port was bound and released. */
    public static String unreachableUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
