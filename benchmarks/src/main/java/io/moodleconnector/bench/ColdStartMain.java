package io.moodleconnector.bench;

import io.moodleconnector.host.ConnectorHost;
import io.moodleconnector.spi.Connector;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One cold start, in a fresh JVM launched by {@link ColdStartBenchmark}: open a {@link ConnectorHost} on a plugins
 * folder and, for the Moodle plugin, list its methods and invoke {@code groups.create} against a local server; for
 * the empty plugin, only load it; for {@code handwritten}, load the empty plugin and then make the same call by hand
 * ({@link Baseline}: an OkHttp POST of a prebuilt form body, the reply parsed by Jackson), the floor a host pays for
 * calling Moodle at all with these libraries; for {@code okhttp}, the same with OkHttp alone (the reply read, not
 * parsed). Exits 0 when done.
 *
 * <p>Arguments: {@code moodle|empty|handwritten|okhttp PLUGINS_DIR SITE_URL}.
 */
public final class ColdStartMain {
    /** The groups.create request of {@link SingleCallBenchmark#INPUT}, flattened by hand. */
    private static final byte[] HANDWRITTEN_BODY = ("wstoken=" + Connections.TOKEN
            + "&wsfunction=core_group_create_groups&moodlewsrestformat=json"
            + "&groups%5B0%5D%5Bcourseid%5D=2&groups%5B0%5D%5Bname%5D=Connector+Group+618711"
            + "&groups%5B0%5D%5Bdescription%5D=Made+by+the+benchmark").getBytes(StandardCharsets.US_ASCII);

    private ColdStartMain() {
    }

    /** The same POST with OkHttp alone, the reply's bytes read but not parsed: OkHttp's own share of a cold call. */
    private static void postOnly(String endpoint) throws IOException {
        OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
        Request request = new Request.Builder().url(endpoint)
                .post(RequestBody.create(HANDWRITTEN_BODY, MediaType.get("application/x-www-form-urlencoded")))
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200 || response.body().bytes().length == 0) {
                throw new IllegalStateException("HTTP " + response.code() + " from " + endpoint);
            }
        }
    }

    public static void main(String[] args) throws IOException {
        String plugin = args[0];
        String endpoint = args[2] + (args[2].endsWith("/") ? "" : "/") + "webservice/rest/server.php";
        try (ConnectorHost host = ConnectorHost.open(Path.of(args[1]))) {
            if (plugin.equals("moodle")) {
                Connector connector = host.connector("moodle");
                if (connector.methods().isEmpty()) {
                    throw new IllegalStateException("the connector has no methods");
                }
                connector.invoke("groups.create", SingleCallBenchmark.INPUT,
                        Connections.to(args[2], Connections.TOKEN, 1000));
            } else if (!host.connectors().isEmpty()) {
                throw new IllegalStateException("the empty plugin should offer no connector");
            } else if (plugin.equals("handwritten")) {
                try (Baseline baseline = new Baseline(endpoint)) {
                    baseline.post(HANDWRITTEN_BODY);
                }
            } else if (plugin.equals("okhttp")) {
                postOnly(endpoint);
            }
        }
        System.exit(0);
    }
}
