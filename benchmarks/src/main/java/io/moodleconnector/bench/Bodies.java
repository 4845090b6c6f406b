package io.moodleconnector.bench;

import io.moodleconnector.catalogue.Catalogue;
import io.moodleconnector.catalogue.CatalogueLoader;
import io.moodleconnector.catalogue.model.MethodDefinition;
import io.moodleconnector.moodle.executor.BatchChunker;
import io.moodleconnector.moodle.executor.Exchange;
import io.moodleconnector.moodle.transport.FormField;
import io.moodleconnector.moodle.executor.RequestMapper;
import io.moodleconnector.spi.Connection;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okio.Buffer;

/**
 * The exact form bodies the connector sends for an input, built once before a benchmark so that the baseline POSTs
 * the same bytes without doing any of the work. Built with the connector's own public stages (map, chunk, protocol
 * fields) and encoded by OkHttp's {@link FormBody}, as the transport does. Stateless.
 */
public final class Bodies {
    private Bodies() {
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
                .map(chunk -> encode(Exchange.fields(method.function(), connection, chunk.params())))
                .toList();
    }

    private static byte[] encode(List<FormField> fields) {
        FormBody.Builder form = new FormBody.Builder();
        fields.forEach(f -> form.add(f.name(), f.value()));
        Buffer buffer = new Buffer();
        try {
            form.build().writeTo(buffer);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return buffer.readByteArray();
    }
}
