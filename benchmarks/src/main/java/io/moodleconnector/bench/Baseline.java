package io.moodleconnector.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
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
        return post(RequestBody.create(formBody, FORM));
    }

    /**
     * The call as a developer would write it by hand for one function: the form built from the parameters with
     * OkHttp's {@link FormBody} (the protocol fields first, PHP's bracketed names, booleans as 1/0, nulls left out),
     * POSTed, the reply parsed by Jackson. No validation, no mapping, no error classification, no item accounting.
     */
    public Object postForm(String token, String function, Map<String, Object> params) {
        return post(form(token, function, params));
    }

    /** The body {@link #postForm} sends. */
    public static FormBody form(String token, String function, Map<String, Object> params) {
        FormBody.Builder form = new FormBody.Builder().add("wstoken", token).add("wsfunction", function)
                .add("moodlewsrestformat", "json");
        params.forEach((name, value) -> add(form, name, value));
        return form.build();
    }

    private static void add(FormBody.Builder form, String name, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, v) -> add(form, name + "[" + key + "]", v));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                add(form, name + "[" + i + "]", list.get(i));
            }
        } else if (value instanceof Boolean b) {
            form.add(name, b ? "1" : "0");
        } else if (value != null) {
            form.add(name, String.valueOf(value));
        }
    }

    private Object post(RequestBody body) {
        Request request = new Request.Builder().url(endpoint)
                .post(body)
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
