package io.moodleconnector.bench;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.BatchChunker;
import io.moodleconnector.moodle.executor.Exchange;
import io.moodleconnector.moodle.executor.RequestMapper;
import io.moodleconnector.spi.Connection;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okio.Buffer;

/**
 * The exact form bodies the connector sends for an input, built once before a benchmark so that the baseline POSTs
 * the same bytes without doing any of the work. Built with the connector's own public stages (map, chunk, protocol
 * fields, body), then its fields re-encoded by OkHttp's own {@link FormBody}. Stateless.
 */
public final class Bodies {
    private Bodies() {
    }

    private static String decode(String encoded) {
        return java.net.URLDecoder.decode(encoded, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The shipped catalogue, loaded and compiled. */
    public static Catalogue catalogue() {
        return new CatalogueLoader().loadShipped();
    }

    /** One body per request the connector sends for this input (pre-chunked by the connection's maxInputVars). */
    public static List<byte[]> of(Catalogue catalogue, String methodId, Map<String, Object> input, Connection connection) {
        MethodDefinition method = catalogue.method(methodId).orElseThrow();
        Object params = RequestMapper.map(method.request(), input);
        return BatchChunker.chunk(params, method.batch(), connection.options().maxInputVars()).stream()
                .map(chunk -> okhttp(Exchange.form(method.function(), connection, chunk.params()).toByteArray()))
                .toList();
    }

    /**
     * The body OkHttp's own {@link FormBody} makes of the same fields (read back from the connector's body): the
     * benchmark's setup then checks that the connector sends these very bytes, so its own encoder is held to OkHttp's.
     */
    private static byte[] okhttp(byte[] connectorBody) {
        FormBody.Builder form = new FormBody.Builder();
        String text = new String(connectorBody, java.nio.charset.StandardCharsets.US_ASCII);
        for (String field : text.isEmpty() ? new String[0] : text.split("&", -1)) {
            int eq = field.indexOf('=');
            form.add(decode(field.substring(0, eq)), decode(field.substring(eq + 1)));
        }
        Buffer buffer = new Buffer();
        try {
            form.build().writeTo(buffer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return buffer.readByteArray();
    }
}
