package io.moodleconnector.host.cli;

import io.moodleconnector.spi.AuthenticationException;
import io.moodleconnector.spi.ConnectorException;
import io.moodleconnector.spi.InvalidInputException;
import io.moodleconnector.spi.ItemOutcome;
import io.moodleconnector.spi.MethodResult;
import io.moodleconnector.spi.PermissionException;
import io.moodleconnector.spi.RemoteException;
import io.moodleconnector.spi.Violation;
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
            m.put("error", error(error));
        }
        return m;
    }

    /** An item's error: its code, Moodle's errorcode and the offending pointer when known, and the message. */
    private static Map<String, Object> error(ConnectorException error) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("code", error.code());
        String errorCode = error instanceof RemoteException r ? r.errorCode()
                : error instanceof PermissionException p ? p.errorCode()
                : error instanceof AuthenticationException a ? a.errorCode() : null;
        if (errorCode != null) {
            e.put("errorcode", errorCode);
        }
        if (error instanceof InvalidInputException i) {
            i.violations().stream().map(Violation::pointer).filter(p -> !p.isEmpty()).findFirst()
                    .ifPresent(p -> e.put("pointer", p));
            if (i.debugInfo() != null) {
                e.put("debuginfo", i.debugInfo());
            }
        }
        e.put("message", String.valueOf(error.getMessage()));
        return e;
    }
}
