package io.moodleconnector.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the recorded exchanges and replays their requests against a sandbox over real HTTP. */
final class Exchanges {
    static final Path SAMPLES = Path.of("..", "reference", "moodle", "4.5", "samples");
    static final String LAB_URL = "http://127.0.0.1:8088";
    /** The lab's second PHP server, run with max_input_vars=100. */
    static final String SECOND_LAB_URL = "http://127.0.0.1:8089";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Exchanges() {
    }

    static JsonNode read(String file) {
        try {
            return JSON.readTree(Files.readString(SAMPLES.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends a recorded request (tokens and host swapped for the sandbox's) and returns the reply body. */
    static String replay(MoodleSandbox sandbox, JsonNode request) {
        String url = swap(sandbox, request.path("url").asString());
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (request.path("method").asString().equals("GET")) {
            b.GET();
        } else {
            b.header("Content-Type", request.path("content_type").asString());
            b.POST(HttpRequest.BodyPublishers.ofString(swap(sandbox, request.path("body").asString(""))));
        }
        return send(b.build());
    }

    static String post(MoodleSandbox sandbox, String body) {
        return send(HttpRequest.newBuilder(URI.create(sandbox.endpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String swap(MoodleSandbox sandbox, String text) {
        return text.replace(LAB_URL, sandbox.url()).replace(SECOND_LAB_URL, sandbox.url())
                .replace("TOKEN_NOCAP", sandbox.tokenFor("nocap_ws"))
                .replace("TOKEN_RESTONLY", sandbox.tokenFor("restonly_ws"))
                .replace("TOKEN", sandbox.token());
    }

    /** The sandbox's reply with its URL written as the lab's, so the two compare. */
    static String asLab(MoodleSandbox sandbox, String body) {
        return body.replace(sandbox.url().replace("/", "\\/"), LAB_URL.replace("/", "\\/"))
                .replace(sandbox.url(), LAB_URL);
    }
}
