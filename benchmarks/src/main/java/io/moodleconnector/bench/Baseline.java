package io.moodleconnector.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hand-written call every benchmark compares the connector with: an OkHttp POST of a form body built beforehand,
 * the reply read as bytes and parsed by Jackson into plain Java values (maps, lists), which is what the connector
 * hands its caller too. No validation, no mapping, no error classification. Thread-safe; lifecycle as the OkHttp
 * client's ({@link #close()}).
 */
public final class Baseline implements AutoCloseable {
    private static final MediaType FORM = MediaType.get("application/x-www-form-urlencoded");
    private final OkHttpClient client = new OkHttpClient.Builder().followRedirects(false).build();
    private final JsonMapper mapper = JsonMapper.builder().build();
    private final String endpoint;

    public Baseline(String endpoint) {
        this.endpoint = endpoint;
    }

    /** POSTs the body and returns the reply parsed to plain Java values. */
    public Object post(byte[] formBody) {
        Request request = new Request.Builder().url(endpoint)
                .post(RequestBody.create(formBody, FORM))
                .header("Accept", "application/json")
                .build();
        try (Response response = client.newCall(request).execute()) {
            if (response.code() != 200) {
                throw new IllegalStateException("HTTP " + response.code() + " from " + endpoint);
            }
            return mapper.readValue(response.body().bytes(), Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
