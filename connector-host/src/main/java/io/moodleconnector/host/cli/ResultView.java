package io.moodleconnector.host.cli;

import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link MethodResult} as plain JSON values: {@code data}, {@code warnings}, {@code items}, {@code requests}. */
final class ResultView {
    private ResultView() {
    }

    static Map<String, Object> of(MethodResult result) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("data", result.data());
        m.put("warnings", result.warnings());
        m.put("items", items(result.items()));
        m.put("requests", result.requests());
        return m;
    }

    static List<Map<String, Object>> items(List<ItemOutcome> items) {
        return items.stream().map(ResultView::item).toList();
    }

    private static Map<String, Object> item(ItemOutcome item) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", item.index());
        m.put("status", item.status().name().toLowerCase(java.util.Locale.ROOT));
        if (item.data() != null) {
            m.put("data", item.data());
        }
        ConnectorException error = item.error();
        if (error != null) {
            m.put("error", Map.of("code", error.code(), "message", String.valueOf(error.getMessage())));
        }
        return m;
    }
}
